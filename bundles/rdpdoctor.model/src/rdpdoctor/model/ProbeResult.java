/**
 */
package rdpdoctor.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Probe Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.ProbeResult#getProbeId <em>Probe Id</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeResult#getStatus <em>Status</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeResult#getDurationMs <em>Duration Ms</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeResult#getMessage <em>Message</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeResult#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see rdpdoctor.model.ModelPackage#getProbeResult()
 * @model
 * @generated
 */
public interface ProbeResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Probe Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probe Id</em>' attribute.
	 * @see #setProbeId(String)
	 * @see rdpdoctor.model.ModelPackage#getProbeResult_ProbeId()
	 * @model
	 * @generated
	 */
	String getProbeId();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeResult#getProbeId <em>Probe Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Id</em>' attribute.
	 * @see #getProbeId()
	 * @generated
	 */
	void setProbeId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link rdpdoctor.model.ProbeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see rdpdoctor.model.ProbeStatus
	 * @see #setStatus(ProbeStatus)
	 * @see rdpdoctor.model.ModelPackage#getProbeResult_Status()
	 * @model
	 * @generated
	 */
	ProbeStatus getStatus();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeResult#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see rdpdoctor.model.ProbeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProbeStatus value);

	/**
	 * Returns the value of the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Ms</em>' attribute.
	 * @see #setDurationMs(long)
	 * @see rdpdoctor.model.ModelPackage#getProbeResult_DurationMs()
	 * @model
	 * @generated
	 */
	long getDurationMs();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeResult#getDurationMs <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Ms</em>' attribute.
	 * @see #getDurationMs()
	 * @generated
	 */
	void setDurationMs(long value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see rdpdoctor.model.ModelPackage#getProbeResult_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeResult#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getProbeResult_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	List<Evidence> getEvidence();

} // ProbeResult
