/**
 */
package rdpdoctor.model;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Probe Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One diagnosis of one host: what each probe saw and what the rules concluded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.ProbeRun#getStarted <em>Started</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeRun#getFinished <em>Finished</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeRun#getTarget <em>Target</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeRun#getAddress <em>Address</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeRun#getPort <em>Port</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeRun#getStatus <em>Status</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeRun#getResults <em>Results</em>}</li>
 *   <li>{@link rdpdoctor.model.ProbeRun#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see rdpdoctor.model.ModelPackage#getProbeRun()
 * @model
 * @generated
 */
public interface ProbeRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeRun#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished</em>' attribute.
	 * @see #setFinished(Date)
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Finished()
	 * @model
	 * @generated
	 */
	Date getFinished();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeRun#getFinished <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished</em>' attribute.
	 * @see #getFinished()
	 * @generated
	 */
	void setFinished(Date value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeRun#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeRun#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeRun#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link rdpdoctor.model.HostStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see rdpdoctor.model.HostStatus
	 * @see #setStatus(HostStatus)
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Status()
	 * @model
	 * @generated
	 */
	HostStatus getStatus();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.ProbeRun#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see rdpdoctor.model.HostStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(HostStatus value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.ProbeResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Results()
	 * @model containment="true"
	 * @generated
	 */
	List<ProbeResult> getResults();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.FindingRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getProbeRun_Findings()
	 * @model containment="true"
	 * @generated
	 */
	List<FindingRecord> getFindings();

} // ProbeRun
