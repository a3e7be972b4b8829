/**
 */
package rdpdoctor.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remediation Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.RemediationRecord#getRemediationId <em>Remediation Id</em>}</li>
 *   <li>{@link rdpdoctor.model.RemediationRecord#getCauseId <em>Cause Id</em>}</li>
 *   <li>{@link rdpdoctor.model.RemediationRecord#getState <em>State</em>}</li>
 *   <li>{@link rdpdoctor.model.RemediationRecord#getPlan <em>Plan</em>}</li>
 *   <li>{@link rdpdoctor.model.RemediationRecord#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link rdpdoctor.model.RemediationRecord#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see rdpdoctor.model.ModelPackage#getRemediationRecord()
 * @model
 * @generated
 */
public interface RemediationRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Remediation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remediation Id</em>' attribute.
	 * @see #setRemediationId(String)
	 * @see rdpdoctor.model.ModelPackage#getRemediationRecord_RemediationId()
	 * @model
	 * @generated
	 */
	String getRemediationId();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.RemediationRecord#getRemediationId <em>Remediation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remediation Id</em>' attribute.
	 * @see #getRemediationId()
	 * @generated
	 */
	void setRemediationId(String value);

	/**
	 * Returns the value of the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cause Id</em>' attribute.
	 * @see #setCauseId(String)
	 * @see rdpdoctor.model.ModelPackage#getRemediationRecord_CauseId()
	 * @model
	 * @generated
	 */
	String getCauseId();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.RemediationRecord#getCauseId <em>Cause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause Id</em>' attribute.
	 * @see #getCauseId()
	 * @generated
	 */
	void setCauseId(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link rdpdoctor.model.RemediationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see rdpdoctor.model.RemediationState
	 * @see #setState(RemediationState)
	 * @see rdpdoctor.model.ModelPackage#getRemediationRecord_State()
	 * @model
	 * @generated
	 */
	RemediationState getState();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.RemediationRecord#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see rdpdoctor.model.RemediationState
	 * @see #getState()
	 * @generated
	 */
	void setState(RemediationState value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' attribute.
	 * @see #setPlan(String)
	 * @see rdpdoctor.model.ModelPackage#getRemediationRecord_Plan()
	 * @model
	 * @generated
	 */
	String getPlan();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.RemediationRecord#getPlan <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' attribute.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(String value);

	/**
	 * Returns the value of the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timestamp</em>' attribute.
	 * @see #setTimestamp(Date)
	 * @see rdpdoctor.model.ModelPackage#getRemediationRecord_Timestamp()
	 * @model
	 * @generated
	 */
	Date getTimestamp();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.RemediationRecord#getTimestamp <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamp</em>' attribute.
	 * @see #getTimestamp()
	 * @generated
	 */
	void setTimestamp(Date value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see rdpdoctor.model.ModelPackage#getRemediationRecord_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.RemediationRecord#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // RemediationRecord
