/**
 */
package rdpdoctor.model.impl;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import rdpdoctor.model.Evidence;
import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.ModelPackage;
import rdpdoctor.model.Severity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getCauseId <em>Cause Id</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getRemediationIds <em>Remediation Ids</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getCitations <em>Citations</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getConsidered <em>Considered</em>}</li>
 *   <li>{@link rdpdoctor.model.impl.FindingRecordImpl#getCausedBy <em>Caused By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingRecordImpl extends MinimalEObjectImpl.Container implements FindingRecord {
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
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.INFO;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getRemediationIds() <em>Remediation Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediationIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> remediationIds;

	/**
	 * The cached value of the '{@link #getCitations() <em>Citations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> citations;

	/**
	 * The cached value of the '{@link #getConsidered() <em>Considered</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsidered()
	 * @generated
	 * @ordered
	 */
	protected EList<String> considered;

	/**
	 * The cached value of the '{@link #getCausedBy() <em>Caused By</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<String> causedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.FINDING_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING_RECORD__CAUSE_ID, oldCauseId, causeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING_RECORD__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING_RECORD__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING_RECORD__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FINDING_RECORD__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Evidence>(Evidence.class, this, ModelPackage.FINDING_RECORD__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getRemediationIds() {
		if (remediationIds == null) {
			remediationIds = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.FINDING_RECORD__REMEDIATION_IDS);
		}
		return remediationIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getCitations() {
		if (citations == null) {
			citations = new EDataTypeEList<String>(String.class, this, ModelPackage.FINDING_RECORD__CITATIONS);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getConsidered() {
		if (considered == null) {
			considered = new EDataTypeEList<String>(String.class, this, ModelPackage.FINDING_RECORD__CONSIDERED);
		}
		return considered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getCausedBy() {
		if (causedBy == null) {
			causedBy = new EDataTypeEList<String>(String.class, this, ModelPackage.FINDING_RECORD__CAUSED_BY);
		}
		return causedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.FINDING_RECORD__CAUSE_ID:
				return getCauseId();
			case ModelPackage.FINDING_RECORD__SEVERITY:
				return getSeverity();
			case ModelPackage.FINDING_RECORD__CONFIDENCE:
				return getConfidence();
			case ModelPackage.FINDING_RECORD__TITLE:
				return getTitle();
			case ModelPackage.FINDING_RECORD__EXPLANATION:
				return getExplanation();
			case ModelPackage.FINDING_RECORD__EVIDENCE:
				return getEvidence();
			case ModelPackage.FINDING_RECORD__REMEDIATION_IDS:
				return getRemediationIds();
			case ModelPackage.FINDING_RECORD__CITATIONS:
				return getCitations();
			case ModelPackage.FINDING_RECORD__CONSIDERED:
				return getConsidered();
			case ModelPackage.FINDING_RECORD__CAUSED_BY:
				return getCausedBy();
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
			case ModelPackage.FINDING_RECORD__CAUSE_ID:
				setCauseId((String)newValue);
				return;
			case ModelPackage.FINDING_RECORD__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case ModelPackage.FINDING_RECORD__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case ModelPackage.FINDING_RECORD__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.FINDING_RECORD__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case ModelPackage.FINDING_RECORD__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case ModelPackage.FINDING_RECORD__REMEDIATION_IDS:
				getRemediationIds().clear();
				getRemediationIds().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.FINDING_RECORD__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.FINDING_RECORD__CONSIDERED:
				getConsidered().clear();
				getConsidered().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.FINDING_RECORD__CAUSED_BY:
				getCausedBy().clear();
				getCausedBy().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.FINDING_RECORD__CAUSE_ID:
				setCauseId(CAUSE_ID_EDEFAULT);
				return;
			case ModelPackage.FINDING_RECORD__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case ModelPackage.FINDING_RECORD__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case ModelPackage.FINDING_RECORD__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.FINDING_RECORD__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case ModelPackage.FINDING_RECORD__EVIDENCE:
				getEvidence().clear();
				return;
			case ModelPackage.FINDING_RECORD__REMEDIATION_IDS:
				getRemediationIds().clear();
				return;
			case ModelPackage.FINDING_RECORD__CITATIONS:
				getCitations().clear();
				return;
			case ModelPackage.FINDING_RECORD__CONSIDERED:
				getConsidered().clear();
				return;
			case ModelPackage.FINDING_RECORD__CAUSED_BY:
				getCausedBy().clear();
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
			case ModelPackage.FINDING_RECORD__CAUSE_ID:
				return CAUSE_ID_EDEFAULT == null ? causeId != null : !CAUSE_ID_EDEFAULT.equals(causeId);
			case ModelPackage.FINDING_RECORD__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case ModelPackage.FINDING_RECORD__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case ModelPackage.FINDING_RECORD__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.FINDING_RECORD__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case ModelPackage.FINDING_RECORD__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case ModelPackage.FINDING_RECORD__REMEDIATION_IDS:
				return remediationIds != null && !remediationIds.isEmpty();
			case ModelPackage.FINDING_RECORD__CITATIONS:
				return citations != null && !citations.isEmpty();
			case ModelPackage.FINDING_RECORD__CONSIDERED:
				return considered != null && !considered.isEmpty();
			case ModelPackage.FINDING_RECORD__CAUSED_BY:
				return causedBy != null && !causedBy.isEmpty();
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
		result.append(" (causeId: ");
		result.append(causeId);
		result.append(", severity: ");
		result.append(severity);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", title: ");
		result.append(title);
		result.append(", explanation: ");
		result.append(explanation);
		result.append(", remediationIds: ");
		result.append(remediationIds);
		result.append(", citations: ");
		result.append(citations);
		result.append(", considered: ");
		result.append(considered);
		result.append(", causedBy: ");
		result.append(causedBy);
		result.append(')');
		return result.toString();
	}

} //FindingRecordImpl
