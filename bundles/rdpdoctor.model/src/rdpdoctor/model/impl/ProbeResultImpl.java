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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import rdpdoctor.model.Evidence;
import rdpdoctor.model.ModelPackage;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Probe Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.impl.ProbeResultImpl#getProbeId <em>Probe Id</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeResultImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeResultImpl#getDurationMs <em>Duration Ms</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeResultImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.ProbeResultImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProbeResultImpl extends MinimalEObjectImpl.Container implements ProbeResult {
	/**
	 * The default value of the '{@link #getProbeId() <em>Probe Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProbeId() <em>Probe Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeId()
	 * @generated
	 * @ordered
	 */
	protected String probeId = PROBE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ProbeStatus STATUS_EDEFAULT = ProbeStatus.OK;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ProbeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected long durationMs = DURATION_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProbeResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROBE_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProbeId() {
		return probeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeId(String newProbeId) {
		String oldProbeId = probeId;
		probeId = newProbeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RESULT__PROBE_ID, oldProbeId, probeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProbeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ProbeStatus newStatus) {
		ProbeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RESULT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMs() {
		return durationMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMs(long newDurationMs) {
		long oldDurationMs = durationMs;
		durationMs = newDurationMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RESULT__DURATION_MS, oldDurationMs, durationMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROBE_RESULT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, ModelPackage.PROBE_RESULT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PROBE_RESULT__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.PROBE_RESULT__PROBE_ID:
				return getProbeId();
			case ModelPackage.PROBE_RESULT__STATUS:
				return getStatus();
			case ModelPackage.PROBE_RESULT__DURATION_MS:
				return getDurationMs();
			case ModelPackage.PROBE_RESULT__MESSAGE:
				return getMessage();
			case ModelPackage.PROBE_RESULT__EVIDENCE:
				return getEvidence();
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
			case ModelPackage.PROBE_RESULT__PROBE_ID:
				setProbeId((String)newValue);
				return;
			case ModelPackage.PROBE_RESULT__STATUS:
				setStatus((ProbeStatus)newValue);
				return;
			case ModelPackage.PROBE_RESULT__DURATION_MS:
				setDurationMs((Long)newValue);
				return;
			case ModelPackage.PROBE_RESULT__MESSAGE:
				setMessage((String)newValue);
				return;
			case ModelPackage.PROBE_RESULT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
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
			case ModelPackage.PROBE_RESULT__PROBE_ID:
				setProbeId(PROBE_ID_EDEFAULT);
				return;
			case ModelPackage.PROBE_RESULT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.PROBE_RESULT__DURATION_MS:
				setDurationMs(DURATION_MS_EDEFAULT);
				return;
			case ModelPackage.PROBE_RESULT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ModelPackage.PROBE_RESULT__EVIDENCE:
				getEvidence().clear();
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
			case ModelPackage.PROBE_RESULT__PROBE_ID:
				return PROBE_ID_EDEFAULT == null ? probeId != null : !PROBE_ID_EDEFAULT.equals(probeId);
			case ModelPackage.PROBE_RESULT__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.PROBE_RESULT__DURATION_MS:
				return durationMs != DURATION_MS_EDEFAULT;
			case ModelPackage.PROBE_RESULT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ModelPackage.PROBE_RESULT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
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
		result.append(" (probeId: ");
		result.append(probeId);
		result.append(", status: ");
		result.append(status);
		result.append(", durationMs: ");
		result.append(durationMs);
		result.append(", message: ");
		result.append(message);
		result.append(')');
		return result.toString();
	}

} //ProbeResultImpl
