/**
 */
package rdpdoctor.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import rdpdoctor.model.ModelPackage;
import rdpdoctor.model.RemediationRecord;
import rdpdoctor.model.RemediationState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remediation Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.impl.RemediationRecordImpl#getRemediationId <em>Remediation Id</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.RemediationRecordImpl#getCauseId <em>Cause Id</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.RemediationRecordImpl#getState <em>State</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.RemediationRecordImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.RemediationRecordImpl#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.RemediationRecordImpl#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RemediationRecordImpl extends MinimalEObjectImpl.Container implements RemediationRecord {
	/**
	 * The default value of the '{@link #getRemediationId() <em>Remediation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediationId()
	 * @generated
	 * @ordered
	 */
	protected static final String REMEDIATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemediationId() <em>Remediation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediationId()
	 * @generated
	 * @ordered
	 */
	protected String remediationId = REMEDIATION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCauseId() <em>Cause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauseId()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCauseId() <em>Cause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauseId()
	 * @generated
	 * @ordered
	 */
	protected String causeId = CAUSE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final RemediationState STATE_EDEFAULT = RemediationState.PLANNED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected RemediationState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlan() <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected String plan = PLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Date TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Date timestamp = TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemediationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.REMEDIATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemediationId() {
		return remediationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemediationId(String newRemediationId) {
		String oldRemediationId = remediationId;
		remediationId = newRemediationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REMEDIATION_RECORD__REMEDIATION_ID, oldRemediationId, remediationId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCauseId() {
		return causeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCauseId(String newCauseId) {
		String oldCauseId = causeId;
		causeId = newCauseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REMEDIATION_RECORD__CAUSE_ID, oldCauseId, causeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemediationState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(RemediationState newState) {
		RemediationState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REMEDIATION_RECORD__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(String newPlan) {
		String oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REMEDIATION_RECORD__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTimestamp() {
		return timestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestamp(Date newTimestamp) {
		Date oldTimestamp = timestamp;
		timestamp = newTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REMEDIATION_RECORD__TIMESTAMP, oldTimestamp, timestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REMEDIATION_RECORD__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.REMEDIATION_RECORD__REMEDIATION_ID:
				return getRemediationId();
			case ModelPackage.REMEDIATION_RECORD__CAUSE_ID:
				return getCauseId();
			case ModelPackage.REMEDIATION_RECORD__STATE:
				return getState();
			case ModelPackage.REMEDIATION_RECORD__PLAN:
				return getPlan();
			case ModelPackage.REMEDIATION_RECORD__TIMESTAMP:
				return getTimestamp();
			case ModelPackage.REMEDIATION_RECORD__OUTCOME:
				return getOutcome();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.REMEDIATION_RECORD__REMEDIATION_ID:
				setRemediationId((String)newValue);
				return;
			case ModelPackage.REMEDIATION_RECORD__CAUSE_ID:
				setCauseId((String)newValue);
				return;
			case ModelPackage.REMEDIATION_RECORD__STATE:
				setState((RemediationState)newValue);
				return;
			case ModelPackage.REMEDIATION_RECORD__PLAN:
				setPlan((String)newValue);
				return;
			case ModelPackage.REMEDIATION_RECORD__TIMESTAMP:
				setTimestamp((Date)newValue);
				return;
			case ModelPackage.REMEDIATION_RECORD__OUTCOME:
				setOutcome((String)newValue);
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
			case ModelPackage.REMEDIATION_RECORD__REMEDIATION_ID:
				setRemediationId(REMEDIATION_ID_EDEFAULT);
				return;
			case ModelPackage.REMEDIATION_RECORD__CAUSE_ID:
				setCauseId(CAUSE_ID_EDEFAULT);
				return;
			case ModelPackage.REMEDIATION_RECORD__STATE:
				setState(STATE_EDEFAULT);
				return;
			case ModelPackage.REMEDIATION_RECORD__PLAN:
				setPlan(PLAN_EDEFAULT);
				return;
			case ModelPackage.REMEDIATION_RECORD__TIMESTAMP:
				setTimestamp(TIMESTAMP_EDEFAULT);
				return;
			case ModelPackage.REMEDIATION_RECORD__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
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
			case ModelPackage.REMEDIATION_RECORD__REMEDIATION_ID:
				return REMEDIATION_ID_EDEFAULT == null ? remediationId != null : !REMEDIATION_ID_EDEFAULT.equals(remediationId);
			case ModelPackage.REMEDIATION_RECORD__CAUSE_ID:
				return CAUSE_ID_EDEFAULT == null ? causeId != null : !CAUSE_ID_EDEFAULT.equals(causeId);
			case ModelPackage.REMEDIATION_RECORD__STATE:
				return state != STATE_EDEFAULT;
			case ModelPackage.REMEDIATION_RECORD__PLAN:
				return PLAN_EDEFAULT == null ? plan != null : !PLAN_EDEFAULT.equals(plan);
			case ModelPackage.REMEDIATION_RECORD__TIMESTAMP:
				return TIMESTAMP_EDEFAULT == null ? timestamp != null : !TIMESTAMP_EDEFAULT.equals(timestamp);
			case ModelPackage.REMEDIATION_RECORD__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
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
		result.append(" (remediationId: ");
		result.append(remediationId);
		result.append(", causeId: ");
		result.append(causeId);
		result.append(", state: ");
		result.append(state);
		result.append(", plan: ");
		result.append(plan);
		result.append(", timestamp: ");
		result.append(timestamp);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //RemediationRecordImpl
