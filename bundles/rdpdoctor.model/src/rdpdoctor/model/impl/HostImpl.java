/**
 */
package rdpdoctor.model.impl;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rdpdoctor.model.EventRecord;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostPlatform;
import rdpdoctor.model.ModelPackage;
import rdpdoctor.model.ProbeRun;
import rdpdoctor.model.RemediationRecord;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getName <em>Name</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getRdpPort <em>Rdp Port</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getSshUser <em>Ssh User</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getPlatform <em>Platform</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getRdpUser <em>Rdp User</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getRdpDomain <em>Rdp Domain</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getRdpGateway <em>Rdp Gateway</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getRemediations <em>Remediations</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.HostImpl#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends MinimalEObjectImpl.Container implements Host {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdpPort() <em>Rdp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpPort()
	 * @generated
	 * @ordered
	 */
	protected static final int RDP_PORT_EDEFAULT = 3389;

	/**
	 * The cached value of the '{@link #getRdpPort() <em>Rdp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpPort()
	 * @generated
	 * @ordered
	 */
	protected int rdpPort = RDP_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SSH_PORT_EDEFAULT = 22;

	/**
	 * The cached value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected int sshPort = SSH_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSshUser() <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshUser()
	 * @generated
	 * @ordered
	 */
	protected static final String SSH_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSshUser() <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshUser()
	 * @generated
	 * @ordered
	 */
	protected String sshUser = SSH_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected static final HostPlatform PLATFORM_EDEFAULT = HostPlatform.UNKNOWN;

	/**
	 * The cached value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected HostPlatform platform = PLATFORM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdpUser() <em>Rdp User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpUser()
	 * @generated
	 * @ordered
	 */
	protected static final String RDP_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRdpUser() <em>Rdp User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpUser()
	 * @generated
	 * @ordered
	 */
	protected String rdpUser = RDP_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdpDomain() <em>Rdp Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String RDP_DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRdpDomain() <em>Rdp Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpDomain()
	 * @generated
	 * @ordered
	 */
	protected String rdpDomain = RDP_DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdpGateway() <em>Rdp Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpGateway()
	 * @generated
	 * @ordered
	 */
	protected static final String RDP_GATEWAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRdpGateway() <em>Rdp Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdpGateway()
	 * @generated
	 * @ordered
	 */
	protected String rdpGateway = RDP_GATEWAY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<ProbeRun> runs;

	/**
	 * The cached value of the '{@link #getRemediations() <em>Remediations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediations()
	 * @generated
	 * @ordered
	 */
	protected EList<RemediationRecord> remediations;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<EventRecord> events;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRdpPort() {
		return rdpPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdpPort(int newRdpPort) {
		int oldRdpPort = rdpPort;
		rdpPort = newRdpPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__RDP_PORT, oldRdpPort, rdpPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSshPort() {
		return sshPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSshPort(int newSshPort) {
		int oldSshPort = sshPort;
		sshPort = newSshPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__SSH_PORT, oldSshPort, sshPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSshUser() {
		return sshUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSshUser(String newSshUser) {
		String oldSshUser = sshUser;
		sshUser = newSshUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__SSH_USER, oldSshUser, sshUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostPlatform getPlatform() {
		return platform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlatform(HostPlatform newPlatform) {
		HostPlatform oldPlatform = platform;
		platform = newPlatform == null ? PLATFORM_EDEFAULT : newPlatform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__PLATFORM, oldPlatform, platform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.HOST__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRdpUser() {
		return rdpUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdpUser(String newRdpUser) {
		String oldRdpUser = rdpUser;
		rdpUser = newRdpUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__RDP_USER, oldRdpUser, rdpUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRdpDomain() {
		return rdpDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdpDomain(String newRdpDomain) {
		String oldRdpDomain = rdpDomain;
		rdpDomain = newRdpDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__RDP_DOMAIN, oldRdpDomain, rdpDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRdpGateway() {
		return rdpGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdpGateway(String newRdpGateway) {
		String oldRdpGateway = rdpGateway;
		rdpGateway = newRdpGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOST__RDP_GATEWAY, oldRdpGateway, rdpGateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<ProbeRun> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<ProbeRun>(ProbeRun.class, this, ModelPackage.HOST__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<RemediationRecord> getRemediations() {
		if (remediations == null) {
			remediations = new EObjectContainmentEList<RemediationRecord>(RemediationRecord.class, this, ModelPackage.HOST__REMEDIATIONS);
		}
		return remediations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<EventRecord> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<EventRecord>(EventRecord.class, this, ModelPackage.HOST__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.HOST__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__REMEDIATIONS:
				return ((InternalEList<?>)getRemediations()).basicRemove(otherEnd, msgs);
			case ModelPackage.HOST__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				return getName();
			case ModelPackage.HOST__ADDRESS:
				return getAddress();
			case ModelPackage.HOST__RDP_PORT:
				return getRdpPort();
			case ModelPackage.HOST__SSH_PORT:
				return getSshPort();
			case ModelPackage.HOST__SSH_USER:
				return getSshUser();
			case ModelPackage.HOST__PLATFORM:
				return getPlatform();
			case ModelPackage.HOST__TAGS:
				return getTags();
			case ModelPackage.HOST__NOTES:
				return getNotes();
			case ModelPackage.HOST__RDP_USER:
				return getRdpUser();
			case ModelPackage.HOST__RDP_DOMAIN:
				return getRdpDomain();
			case ModelPackage.HOST__RDP_GATEWAY:
				return getRdpGateway();
			case ModelPackage.HOST__RUNS:
				return getRuns();
			case ModelPackage.HOST__REMEDIATIONS:
				return getRemediations();
			case ModelPackage.HOST__EVENTS:
				return getEvents();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.HOST__ADDRESS:
				setAddress((String)newValue);
				return;
			case ModelPackage.HOST__RDP_PORT:
				setRdpPort((Integer)newValue);
				return;
			case ModelPackage.HOST__SSH_PORT:
				setSshPort((Integer)newValue);
				return;
			case ModelPackage.HOST__SSH_USER:
				setSshUser((String)newValue);
				return;
			case ModelPackage.HOST__PLATFORM:
				setPlatform((HostPlatform)newValue);
				return;
			case ModelPackage.HOST__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.HOST__NOTES:
				setNotes((String)newValue);
				return;
			case ModelPackage.HOST__RDP_USER:
				setRdpUser((String)newValue);
				return;
			case ModelPackage.HOST__RDP_DOMAIN:
				setRdpDomain((String)newValue);
				return;
			case ModelPackage.HOST__RDP_GATEWAY:
				setRdpGateway((String)newValue);
				return;
			case ModelPackage.HOST__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends ProbeRun>)newValue);
				return;
			case ModelPackage.HOST__REMEDIATIONS:
				getRemediations().clear();
				getRemediations().addAll((Collection<? extends RemediationRecord>)newValue);
				return;
			case ModelPackage.HOST__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends EventRecord>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.HOST__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case ModelPackage.HOST__RDP_PORT:
				setRdpPort(RDP_PORT_EDEFAULT);
				return;
			case ModelPackage.HOST__SSH_PORT:
				setSshPort(SSH_PORT_EDEFAULT);
				return;
			case ModelPackage.HOST__SSH_USER:
				setSshUser(SSH_USER_EDEFAULT);
				return;
			case ModelPackage.HOST__PLATFORM:
				setPlatform(PLATFORM_EDEFAULT);
				return;
			case ModelPackage.HOST__TAGS:
				getTags().clear();
				return;
			case ModelPackage.HOST__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ModelPackage.HOST__RDP_USER:
				setRdpUser(RDP_USER_EDEFAULT);
				return;
			case ModelPackage.HOST__RDP_DOMAIN:
				setRdpDomain(RDP_DOMAIN_EDEFAULT);
				return;
			case ModelPackage.HOST__RDP_GATEWAY:
				setRdpGateway(RDP_GATEWAY_EDEFAULT);
				return;
			case ModelPackage.HOST__RUNS:
				getRuns().clear();
				return;
			case ModelPackage.HOST__REMEDIATIONS:
				getRemediations().clear();
				return;
			case ModelPackage.HOST__EVENTS:
				getEvents().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.HOST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.HOST__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case ModelPackage.HOST__RDP_PORT:
				return rdpPort != RDP_PORT_EDEFAULT;
			case ModelPackage.HOST__SSH_PORT:
				return sshPort != SSH_PORT_EDEFAULT;
			case ModelPackage.HOST__SSH_USER:
				return SSH_USER_EDEFAULT == null ? sshUser != null : !SSH_USER_EDEFAULT.equals(sshUser);
			case ModelPackage.HOST__PLATFORM:
				return platform != PLATFORM_EDEFAULT;
			case ModelPackage.HOST__TAGS:
				return tags != null && !tags.isEmpty();
			case ModelPackage.HOST__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ModelPackage.HOST__RDP_USER:
				return RDP_USER_EDEFAULT == null ? rdpUser != null : !RDP_USER_EDEFAULT.equals(rdpUser);
			case ModelPackage.HOST__RDP_DOMAIN:
				return RDP_DOMAIN_EDEFAULT == null ? rdpDomain != null : !RDP_DOMAIN_EDEFAULT.equals(rdpDomain);
			case ModelPackage.HOST__RDP_GATEWAY:
				return RDP_GATEWAY_EDEFAULT == null ? rdpGateway != null : !RDP_GATEWAY_EDEFAULT.equals(rdpGateway);
			case ModelPackage.HOST__RUNS:
				return runs != null && !runs.isEmpty();
			case ModelPackage.HOST__REMEDIATIONS:
				return remediations != null && !remediations.isEmpty();
			case ModelPackage.HOST__EVENTS:
				return events != null && !events.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", address: ");
		result.append(address);
		result.append(", rdpPort: ");
		result.append(rdpPort);
		result.append(", sshPort: ");
		result.append(sshPort);
		result.append(", sshUser: ");
		result.append(sshUser);
		result.append(", platform: ");
		result.append(platform);
		result.append(", tags: ");
		result.append(tags);
		result.append(", notes: ");
		result.append(notes);
		result.append(", rdpUser: ");
		result.append(rdpUser);
		result.append(", rdpDomain: ");
		result.append(rdpDomain);
		result.append(", rdpGateway: ");
		result.append(rdpGateway);
		result.append(')');
		return result.toString();
	}

} //HostImpl
