/**
 */
package rdpdoctor.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine that should accept Remote Desktop connections.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.Host#getName <em>Name</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getAddress <em>Address</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getRdpPort <em>Rdp Port</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getSshUser <em>Ssh User</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getPlatform <em>Platform</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getTags <em>Tags</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getNotes <em>Notes</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getRdpUser <em>Rdp User</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getRdpDomain <em>Rdp Domain</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getRdpGateway <em>Rdp Gateway</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getRuns <em>Runs</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getRemediations <em>Remediations</em>}</li>
 *   <li>{@link rdpdoctor.model.Host#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see rdpdoctor.model.ModelPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name the admin dials (DNS name or address).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see rdpdoctor.model.ModelPackage#getHost_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The address the host is expected to have; empty when only the name is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see rdpdoctor.model.ModelPackage#getHost_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Rdp Port</b></em>' attribute.
	 * The default value is <code>"3389"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rdp Port</em>' attribute.
	 * @see #setRdpPort(int)
	 * @see rdpdoctor.model.ModelPackage#getHost_RdpPort()
	 * @model default="3389"
	 * @generated
	 */
	int getRdpPort();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getRdpPort <em>Rdp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdp Port</em>' attribute.
	 * @see #getRdpPort()
	 * @generated
	 */
	void setRdpPort(int value);

	/**
	 * Returns the value of the '<em><b>Ssh Port</b></em>' attribute.
	 * The default value is <code>"22"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh Port</em>' attribute.
	 * @see #setSshPort(int)
	 * @see rdpdoctor.model.ModelPackage#getHost_SshPort()
	 * @model default="22"
	 * @generated
	 */
	int getSshPort();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getSshPort <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssh Port</em>' attribute.
	 * @see #getSshPort()
	 * @generated
	 */
	void setSshPort(int value);

	/**
	 * Returns the value of the '<em><b>Ssh User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh User</em>' attribute.
	 * @see #setSshUser(String)
	 * @see rdpdoctor.model.ModelPackage#getHost_SshUser()
	 * @model
	 * @generated
	 */
	String getSshUser();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getSshUser <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssh User</em>' attribute.
	 * @see #getSshUser()
	 * @generated
	 */
	void setSshUser(String value);

	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * The literals are from the enumeration {@link rdpdoctor.model.HostPlatform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see rdpdoctor.model.HostPlatform
	 * @see #setPlatform(HostPlatform)
	 * @see rdpdoctor.model.ModelPackage#getHost_Platform()
	 * @model
	 * @generated
	 */
	HostPlatform getPlatform();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see rdpdoctor.model.HostPlatform
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(HostPlatform value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see rdpdoctor.model.ModelPackage#getHost_Tags()
	 * @model
	 * @generated
	 */
	List<String> getTags();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see rdpdoctor.model.ModelPackage#getHost_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Rdp User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name Remote Desktop logs on as (never a password); may name its domain (CORP\alice, alice@corp.example).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rdp User</em>' attribute.
	 * @see #setRdpUser(String)
	 * @see rdpdoctor.model.ModelPackage#getHost_RdpUser()
	 * @model
	 * @generated
	 */
	String getRdpUser();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getRdpUser <em>Rdp User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdp User</em>' attribute.
	 * @see #getRdpUser()
	 * @generated
	 */
	void setRdpUser(String value);

	/**
	 * Returns the value of the '<em><b>Rdp Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain of the Remote Desktop user when the user name does not name it; empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rdp Domain</em>' attribute.
	 * @see #setRdpDomain(String)
	 * @see rdpdoctor.model.ModelPackage#getHost_RdpDomain()
	 * @model
	 * @generated
	 */
	String getRdpDomain();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getRdpDomain <em>Rdp Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdp Domain</em>' attribute.
	 * @see #getRdpDomain()
	 * @generated
	 */
	void setRdpDomain(String value);

	/**
	 * Returns the value of the '<em><b>Rdp Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Remote Desktop Gateway to connect through (host or host:port); empty for a direct connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rdp Gateway</em>' attribute.
	 * @see #setRdpGateway(String)
	 * @see rdpdoctor.model.ModelPackage#getHost_RdpGateway()
	 * @model
	 * @generated
	 */
	String getRdpGateway();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Host#getRdpGateway <em>Rdp Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdp Gateway</em>' attribute.
	 * @see #getRdpGateway()
	 * @generated
	 */
	void setRdpGateway(String value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.ProbeRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagnosis runs of this host, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getHost_Runs()
	 * @model containment="true"
	 * @generated
	 */
	List<ProbeRun> getRuns();

	/**
	 * Returns the value of the '<em><b>Remediations</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.RemediationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remediations</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getHost_Remediations()
	 * @model containment="true"
	 * @generated
	 */
	List<RemediationRecord> getRemediations();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.EventRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getHost_Events()
	 * @model containment="true"
	 * @generated
	 */
	List<EventRecord> getEvents();

} // Host
