/**
 */
package rdpdoctor.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.FindingRecord#getCauseId <em>Cause Id</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getSeverity <em>Severity</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getTitle <em>Title</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getRemediationIds <em>Remediation Ids</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getCitations <em>Citations</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getConsidered <em>Considered</em>}</li>
 *   <li>{@link rdpdoctor.model.FindingRecord#getCausedBy <em>Caused By</em>}</li>
 * </ul>
 *
 * @see rdpdoctor.model.ModelPackage#getFindingRecord()
 * @model
 * @generated
 */
public interface FindingRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cause Id</em>' attribute.
	 * @see #setCauseId(String)
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_CauseId()
	 * @model
	 * @generated
	 */
	String getCauseId();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.FindingRecord#getCauseId <em>Cause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause Id</em>' attribute.
	 * @see #getCauseId()
	 * @generated
	 */
	void setCauseId(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link rdpdoctor.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see rdpdoctor.model.Severity
	 * @see #setSeverity(Severity)
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.FindingRecord#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see rdpdoctor.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.FindingRecord#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.FindingRecord#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.FindingRecord#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link rdpdoctor.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence, in the same probe run, that the explanation cites.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_Evidence()
	 * @model
	 * @generated
	 */
	List<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Remediation Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remediation Ids</em>' attribute list.
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_RemediationIds()
	 * @model
	 * @generated
	 */
	List<String> getRemediationIds();

	/**
	 * Returns the value of the '<em><b>Citations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every evidence citation of the finding as the rule wrote it (PROBE.KEY), also those that name no recorded evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citations</em>' attribute list.
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_Citations()
	 * @model unique="false"
	 * @generated
	 */
	List<String> getCitations();

	/**
	 * Returns the value of the '<em><b>Considered</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Causes the rule considered and ruled out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Considered</em>' attribute list.
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_Considered()
	 * @model unique="false"
	 * @generated
	 */
	List<String> getConsidered();

	/**
	 * Returns the value of the '<em><b>Caused By</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The causes among the host's findings that explain this one (empty for a root cause).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caused By</em>' attribute list.
	 * @see rdpdoctor.model.ModelPackage#getFindingRecord_CausedBy()
	 * @model unique="false"
	 * @generated
	 */
	List<String> getCausedBy();

} // FindingRecord
