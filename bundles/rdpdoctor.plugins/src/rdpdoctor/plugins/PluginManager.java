package rdpdoctor.plugins;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.internal.provisional.configurator.Configurator;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Lists, installs, uninstalls and updates features of the running RDP Doctor from p2 update sites, with the p2
 * operations the Install New Software and Check for Updates dialogs use, into the product's own p2 profile. Every
 * change is planned first (a plan that cannot be met changes nothing) and then carried out by p2's engine, which
 * rolls back on failure.
 */
public final class PluginManager {

	private static final String FEATURE_GROUP = ".feature.group";

	private final IProvisioningAgent agent;
	private final IProfile profile;
	/** Answers p2's trust questions when no workbench dialog does; null in the workbench. */
	private final HeadlessTrust trust;

	private PluginManager(IProvisioningAgent agent, IProfile profile, HeadlessTrust trust) {
		this.agent = agent;
		this.profile = profile;
		this.trust = trust;
	}

	/**
	 * @return the manager of the running product; content nobody signed is refused
	 * @throws PluginException as {@link #ofRunningProduct(boolean)}
	 */
	public static PluginManager ofRunningProduct() throws PluginException {
		return ofRunningProduct(false);
	}

	/**
	 * @param trustUnsigned whether content nobody signed may be installed, when no workbench dialog asks (headless);
	 *                      signers not yet trusted are refused then whatever this says
	 * @return the manager of the running product
	 * @throws PluginException when this RDP Doctor was not installed by p2 (started from a development or test
	 *                         runtime, or its {@code p2} folder removed)
	 */
	public static PluginManager ofRunningProduct(boolean trustUnsigned) throws PluginException {
		Bundle bundle = FrameworkUtil.getBundle(PluginManager.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			throw new PluginException("the plug-in manager runs only inside RDP Doctor");
		}
		ServiceReference<IProvisioningAgentProvider> reference = context
				.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			throw new PluginException("p2 is not running in this RDP Doctor (org.eclipse.equinox.p2.core is missing)");
		}
		try {
			IProvisioningAgent agent = context.getService(reference).createAgent(null);
			IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
			IProfile profile = profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF);
			if (profile == null) {
				throw new PluginException("this RDP Doctor has no p2 profile (it was not installed from a product "
						+ "archive, or its p2 folder is gone): plug-ins cannot be installed into it");
			}
			HeadlessTrust trust = null;
			if (agent.getService(UIServices.SERVICE_NAME) == null) { // headless: no dialog to ask a person
				trust = new HeadlessTrust(trustUnsigned);
				agent.registerService(UIServices.SERVICE_NAME, trust);
			}
			return new PluginManager(agent, profile, trust);
		} catch (ProvisionException e) {
			throw new PluginException("p2 could not start: " + e.getMessage(), e);
		} finally {
			context.ungetService(reference);
		}
	}

	/** @return the features installed by themselves: the product and the plug-ins installed into it */
	public List<Feature> installed() {
		return currentProfile().query(new UserVisibleRootQuery(), null).toUnmodifiableSet().stream()
				.map(unit -> feature(unit, "", true)).sorted(Comparator.comparing(Feature::id)).toList();
	}

	/**
	 * @param repository the update site
	 * @param monitor    progress and cancellation; may be null
	 * @return the newest version of each feature the site offers, with its category
	 * @throws PluginException when the site cannot be read
	 */
	public List<Feature> available(URI repository, IProgressMonitor monitor) throws PluginException {
		boolean wasKnown = known().contains(repository);
		IMetadataRepository site;
		try {
			site = load(repository, monitor);
		} finally {
			if (!wasKnown) {
				forget(repository); // listing a site does not make it one that updates come from
			}
		}
		Map<String, String> categoryOf = new LinkedHashMap<>();
		for (IInstallableUnit category : site.query(QueryUtil.createIUCategoryQuery(), null)) {
			for (IInstallableUnit member : site.query(QueryUtil.createIUCategoryMemberQuery(category), null)) {
				categoryOf.putIfAbsent(member.getId(), label(category));
			}
		}
		Set<String> installedIds = rootIds();
		return site.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null).toUnmodifiableSet()
				.stream().filter(unit -> unit.getId().endsWith(FEATURE_GROUP))
				.map(unit -> feature(unit, categoryOf.getOrDefault(unit.getId(), ""), installedIds.contains(unit.getId())))
				.sorted(Comparator.comparing(Feature::category).thenComparing(Feature::id)).toList();
	}

	/**
	 * Installs the newest version of each feature from the site (the site is remembered for later updates).
	 *
	 * @param repository the update site
	 * @param featureIds the features ({@code com.example.feature}, with or without {@code .feature.group})
	 * @param monitor    progress and cancellation; may be null
	 * @return what changed
	 * @throws PluginException naming a feature the site does not have, or why p2 cannot install them
	 */
	public ChangeResult install(URI repository, List<String> featureIds, IProgressMonitor monitor)
			throws PluginException {
		boolean wasKnown = known().contains(repository);
		boolean installed = false;
		try {
			ChangeResult result = install(load(repository, monitor), repository, featureIds, monitor);
			installed = !result.changed().isEmpty() || wasKnown;
			return result;
		} finally {
			if (installed) {
				remember(repository);
			} else if (!wasKnown) {
				forget(repository); // a failed install does not make it one that updates come from
			}
		}
	}

	private ChangeResult install(IMetadataRepository site, URI repository, List<String> featureIds,
			IProgressMonitor monitor) throws PluginException {
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			IQueryResult<IInstallableUnit> found = site
					.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(groupId(id))), null);
			if (found.isEmpty()) {
				throw new PluginException("the update site " + repository + " has no feature " + plainId(id)
						+ " (rdpdoctor plugins list --repository " + repository + " shows what it has)");
			}
			units.addAll(found.toUnmodifiableSet());
		}
		Set<String> before = rootIds();
		List<IInstallableUnit> missing = units.stream().filter(u -> !before.contains(u.getId())
				|| currentProfile().query(QueryUtil.createIUQuery(u.getId(), u.getVersion()), null).isEmpty()).toList();
		if (missing.isEmpty()) {
			return new ChangeResult(List.of(), "already installed: " + units.stream().map(PluginManager::describe)
					.collect(Collectors.joining(", ")), false);
		}
		InstallOperation operation = new InstallOperation(session(), missing);
		operation.setProvisioningContext(context(List.of(repository)));
		run(operation, "install " + String.join(", ", featureIds), monitor);
		return new ChangeResult(missing.stream().map(PluginManager::describe).toList(), "installed", true);
	}

	/**
	 * Uninstalls features installed by themselves (what {@link #installed()} lists, the product excepted).
	 *
	 * @param featureIds the features
	 * @param monitor    progress and cancellation; may be null
	 * @return what changed
	 * @throws PluginException naming a feature that is not installed, or one that is part of the product
	 */
	public ChangeResult uninstall(List<String> featureIds, IProgressMonitor monitor) throws PluginException {
		List<IInstallableUnit> units = new ArrayList<>();
		Set<String> roots = rootIds();
		for (String id : featureIds) {
			IQueryResult<IInstallableUnit> found = currentProfile().query(QueryUtil.createIUQuery(groupId(id)), null);
			if (found.isEmpty()) {
				throw new PluginException(plainId(id) + " is not installed (rdpdoctor plugins list shows what is)");
			}
			for (IInstallableUnit unit : found) {
				if (!roots.contains(unit.getId())) {
					throw new PluginException(plainId(id) + " is part of RDP Doctor itself, not a plug-in: it cannot be "
							+ "uninstalled alone");
				}
				units.add(unit);
			}
		}
		UninstallOperation operation = new UninstallOperation(session(), units);
		operation.setProvisioningContext(context(List.of()));
		run(operation, "uninstall " + String.join(", ", featureIds), monitor);
		return new ChangeResult(units.stream().map(PluginManager::describe).toList(), "uninstalled", true);
	}

	/**
	 * Updates features (all installed ones when none are named) to the newest versions the sites offer.
	 *
	 * @param repositories the update sites; empty: the sites plug-ins were installed or updated from
	 * @param featureIds   the features to update; empty: everything installed, the product included
	 * @param monitor      progress and cancellation; may be null
	 * @return what changed ("nothing to update" when every feature is at its newest version)
	 * @throws PluginException when a site cannot be read or the update cannot be planned
	 */
	public ChangeResult update(List<URI> repositories, List<String> featureIds, IProgressMonitor monitor)
			throws PluginException {
		List<URI> wereKnown = known();
		boolean updated = false;
		try {
			ChangeResult result = updateFrom(repositories, featureIds, monitor);
			updated = !result.changed().isEmpty();
			return result;
		} finally {
			for (URI repository : repositories) {
				if (updated) {
					remember(repository);
				} else if (!wereKnown.contains(repository)) {
					forget(repository); // a site nothing came from is not remembered
				}
			}
		}
	}

	private ChangeResult updateFrom(List<URI> repositories, List<String> featureIds, IProgressMonitor monitor)
			throws PluginException {
		for (URI repository : repositories) {
			load(repository, monitor);
		}
		List<IInstallableUnit> roots = new ArrayList<>();
		for (String id : featureIds) {
			IQueryResult<IInstallableUnit> found = currentProfile().query(QueryUtil.createIUQuery(groupId(id)), null);
			if (found.isEmpty()) {
				found = currentProfile().query(QueryUtil.createIUQuery(plainId(id)), null);
			}
			if (found.isEmpty()) {
				throw new PluginException(plainId(id) + " is not installed (rdpdoctor plugins list shows what is)");
			}
			roots.addAll(found.toUnmodifiableSet());
		}
		UpdateOperation operation = roots.isEmpty() ? new UpdateOperation(session())
				: new UpdateOperation(session(), roots);
		operation.setProfileId(IProfileRegistry.SELF);
		List<URI> sites = repositories.isEmpty() ? known() : repositories;
		if (sites.isEmpty()) {
			throw new PluginException("no update site is known yet: give --repository URL");
		}
		operation.setProvisioningContext(context(sites));
		IStatus resolved = operation.resolveModal(SubMonitor.convert(monitor));
		if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return new ChangeResult(List.of(), "nothing to update: every feature is at the newest version of "
					+ sites.stream().map(URI::toString).collect(Collectors.joining(", ")), false);
		}
		List<String> changes = new ArrayList<>();
		for (Update update : operation.getSelectedUpdates()) {
			changes.add(plainId(update.toUpdate.getId()) + " " + update.toUpdate.getVersion() + " -> "
					+ update.replacement.getVersion());
		}
		run(operation, "update", monitor);
		return new ChangeResult(changes, "updated", true);
	}

	/**
	 * Brings the changes into the running product without a restart: bundles installed since it started are
	 * installed and started, those uninstalled are stopped and removed. Contributions follow at once (the registries
	 * follow bundles as they come and go).
	 *
	 * @throws PluginException when the configurator is missing or fails; a restart then applies the changes
	 */
	public void applyToRunningSystem() throws PluginException {
		BundleContext context = FrameworkUtil.getBundle(PluginManager.class).getBundleContext();
		ServiceReference<Configurator> reference = context.getServiceReference(Configurator.class);
		if (reference == null) {
			throw new PluginException("the changes take effect at the next start (no configurator is running)");
		}
		try {
			context.getService(reference).applyConfiguration();
			// the configurator installs and starts bundles; one whose start came before its wiring is resolved here
			FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
			wiring.resolveBundles(null);
			List<String> unresolved = new ArrayList<>();
			for (Bundle installed : context.getBundles()) {
				if (installed.getState() == Bundle.INSTALLED) {
					unresolved.add(installed.getSymbolicName() + " " + installed.getVersion());
				}
			}
			if (!unresolved.isEmpty()) {
				throw new PluginException("installed but not resolved (a requirement is missing): "
						+ String.join(", ", unresolved));
			}
		} catch (java.io.IOException e) {
			throw new PluginException("the changes take effect at the next start: " + e.getMessage(), e);
		} finally {
			context.ungetService(reference);
		}
	}

	/**
	 * Removes the files of plug-ins no longer installed (p2's garbage collector, as Eclipse runs it). The jars of
	 * bundles still running in this process are kept, so a plug-in uninstalled by this process leaves its jar until the
	 * next call, from a process where it no longer runs.
	 */
	public void collectGarbage() {
		GarbageCollector collector = agent.getService(GarbageCollector.class);
		if (collector != null) {
			collector.runGC(currentProfile());
		}
	}

	/** @return the update sites known to this product (those plug-ins were installed or updated from) */
	public List<URI> known() {
		IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
		// every site that is not the product's own, local or remote: with the LOCAL and NON_LOCAL flags added, an
		// https: site installed from was left out (plugins-install-test.sh)
		return List.of(manager.getKnownRepositories(IRepositoryManager.REPOSITORIES_NON_SYSTEM));
	}

	private void run(ProfileChangeOperation operation, String what, IProgressMonitor monitor)
			throws PluginException {
		operation.setProfileId(IProfileRegistry.SELF);
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, 2);
		IStatus resolved = operation.hasResolved() ? operation.getResolutionResult()
				: operation.resolveModal(progress.split(1));
		if (resolved == null || resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
			throw new PluginException("cannot " + what + ": " + details(operation, resolved));
		}
		if (operation.getProvisioningPlan() != null) {
			List<String> refused = PlanCheck.refusals(operation.getProvisioningPlan());
			if (!refused.isEmpty()) {
				throw new PluginException("cannot " + what + ", nothing changed: refused: " + String.join("; ", refused));
			}
		}
		ProvisioningJob job = operation.getProvisioningJob(progress.split(1));
		if (job == null) {
			throw new PluginException("cannot " + what + ": " + details(operation, resolved));
		}
		IStatus done = job.runModal(progress.split(1));
		if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
			List<String> refused = trust == null ? List.of() : trust.refused();
			throw new PluginException("cannot " + what + " (nothing changed: p2 rolled it back): " + (refused.isEmpty()
					? text(done) : "refused content " + String.join("; ", refused) + (refused.stream()
							.anyMatch(r -> r.startsWith("unsigned")) ? ". Install content nobody signed only from a site"
									+ " you trust, with --trust-unsigned" : "")));
		}
	}

	private static String details(ProfileChangeOperation operation, IStatus status) {
		String details = operation.getResolutionDetails();
		return details != null && !details.isBlank() ? details.strip() : status == null ? "no plan" : text(status);
	}

	private static String text(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("; ").append(text(child));
		}
		if (status.getException() != null && status.getException().getMessage() != null) {
			text.append(" (").append(status.getException().getMessage()).append(')');
		}
		return text.toString();
	}

	private IMetadataRepository load(URI repository, IProgressMonitor monitor) throws PluginException {
		try {
			IMetadataRepository site = agent.getService(IMetadataRepositoryManager.class).loadRepository(repository,
					monitor);
			agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, monitor);
			return site;
		} catch (ProvisionException e) {
			Optional<String> certificate = SiteTrust.refusal(repository);
			throw new PluginException("cannot read the update site " + repository + ": " + certificate.orElse(
					e.getMessage()), e);
		} catch (org.eclipse.core.runtime.OperationCanceledException e) {
			throw new PluginException("cancelled while reading " + repository, e);
		}
	}

	/** Removes a site p2 added to the known ones while loading it. */
	private void forget(URI repository) {
		agent.getService(IMetadataRepositoryManager.class).removeRepository(repository);
		agent.getService(IArtifactRepositoryManager.class).removeRepository(repository);
	}

	private void remember(URI repository) {
		agent.getService(IMetadataRepositoryManager.class).addRepository(repository);
		agent.getService(IArtifactRepositoryManager.class).addRepository(repository);
	}

	private ProvisioningSession session() {
		return new ProvisioningSession(agent);
	}

	private ProvisioningContext context(Collection<URI> sites) {
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(sites.toArray(URI[]::new));
		context.setArtifactRepositories(sites.toArray(URI[]::new));
		return context;
	}

	private IProfile currentProfile() {
		IProfile now = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
		return now == null ? profile : now;
	}

	private Set<String> rootIds() {
		return currentProfile().query(new UserVisibleRootQuery(), null).toUnmodifiableSet().stream()
				.map(IInstallableUnit::getId).collect(Collectors.toSet());
	}

	private static Feature feature(IInstallableUnit unit, String category, boolean installed) {
		return new Feature(plainId(unit.getId()), unit.getVersion().toString(), label(unit), category, installed);
	}

	private static String label(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return name == null ? unit.getId() : name;
	}

	private static String describe(IInstallableUnit unit) {
		return plainId(unit.getId()) + " " + unit.getVersion();
	}

	private static String groupId(String id) {
		return id.endsWith(FEATURE_GROUP) ? id : id + FEATURE_GROUP;
	}

	private static String plainId(String id) {
		return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
	}
}
