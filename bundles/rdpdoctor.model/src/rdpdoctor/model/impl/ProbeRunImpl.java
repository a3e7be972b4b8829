/**
 */
package rdpdoctor.model.impl;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ModelPackage;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeRun;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Probe Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getFinished <em>Finished</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getPort <em>Port</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getResults <em>Results</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeRunImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProbeRunImpl extends MinimalEObjectImpl.Container implements ProbeRun {
	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Date started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected Date finished = FINISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

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
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final HostStatus STATUS_EDEFAULT = HostStatus.NEVER_PROBED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected HostStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<ProbeResult> results;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<FindingRecord> findings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProbeRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROBE_RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		Date oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RUN__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinished() {
		return finished;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinished(Date newFinished) {
		Date oldFinished = finished;
		finished = newFinished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RUN__FINISHED, oldFinished, finished));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RUN__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RUN__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RUN__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(HostStatus newStatus) {
		HostStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RUN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<ProbeResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<ProbeResult>(ProbeResult.class, this, ModelPackage.PROBE_RUN__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<FindingRecord> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<FindingRecord>(FindingRecord.class, this, ModelPackage.PROBE_RUN__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PROBE_RUN__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
			case ModelPackage.PROBE_RUN__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.PROBE_RUN__STARTED:
				return getStarted();
			case ModelPackage.PROBE_RUN__FINISHED:
				return getFinished();
			case ModelPackage.PROBE_RUN__TARGET:
				return getTarget();
			case ModelPackage.PROBE_RUN__ADDRESS:
				return getAddress();
			case ModelPackage.PROBE_RUN__PORT:
				return getPort();
			case ModelPackage.PROBE_RUN__STATUS:
				return getStatus();
			case ModelPackage.PROBE_RUN__RESULTS:
				return getResults();
			case ModelPackage.PROBE_RUN__FINDINGS:
				return getFindings();
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
			case ModelPackage.PROBE_RUN__STARTED:
				setStarted((Date)newValue);
				return;
			case ModelPackage.PROBE_RUN__FINISHED:
				setFinished((Date)newValue);
				return;
			case ModelPackage.PROBE_RUN__TARGET:
				setTarget((String)newValue);
				return;
			case ModelPackage.PROBE_RUN__ADDRESS:
				setAddress((String)newValue);
				return;
			case ModelPackage.PROBE_RUN__PORT:
				setPort((Integer)newValue);
				return;
			case ModelPackage.PROBE_RUN__STATUS:
				setStatus((HostStatus)newValue);
				return;
			case ModelPackage.PROBE_RUN__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends ProbeResult>)newValue);
				return;
			case ModelPackage.PROBE_RUN__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends FindingRecord>)newValue);
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
			case ModelPackage.PROBE_RUN__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case ModelPackage.PROBE_RUN__FINISHED:
				setFinished(FINISHED_EDEFAULT);
				return;
			case ModelPackage.PROBE_RUN__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case ModelPackage.PROBE_RUN__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case ModelPackage.PROBE_RUN__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case ModelPackage.PROBE_RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.PROBE_RUN__RESULTS:
				getResults().clear();
				return;
			case ModelPackage.PROBE_RUN__FINDINGS:
				getFindings().clear();
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
			case ModelPackage.PROBE_RUN__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case ModelPackage.PROBE_RUN__FINISHED:
				return FINISHED_EDEFAULT == null ? finished != null : !FINISHED_EDEFAULT.equals(finished);
			case ModelPackage.PROBE_RUN__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case ModelPackage.PROBE_RUN__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case ModelPackage.PROBE_RUN__PORT:
				return port != PORT_EDEFAULT;
			case ModelPackage.PROBE_RUN__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.PROBE_RUN__RESULTS:
				return results != null && !results.isEmpty();
			case ModelPackage.PROBE_RUN__FINDINGS:
				return findings != null && !findings.isEmpty();
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
		result.append(" (started: ");
		result.append(started);
		result.append(", finished: ");
		result.append(finished);
		result.append(", target: ");
		result.append(target);
		result.append(", address: ");
		result.append(address);
		result.append(", port: ");
		result.append(port);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ProbeRunImpl
