/**
 */
package rdpdoctor.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inventory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an inventory file: top-level groups and hosts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.Inventory#getName <em>Name</em>}</li>
 *   <li>{@link rdpdoctor.model.Inventory#getGroups <em>Groups</em>}</li>
 *   <li>{@link rdpdoctor.model.Inventory#getHosts <em>Hosts</em>}</li>
 * </ul>
 *
 * @see rdpdoctor.model.ModelPackage#getInventory()
 * @model
 * @generated
 */
public interface Inventory extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see rdpdoctor.model.ModelPackage#getInventory_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Inventory#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.Group}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getInventory_Groups()
	 * @model containment="true"
	 * @generated
	 */
	List<Group> getGroups();

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getInventory_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	List<Host> getHosts();

} // Inventory
