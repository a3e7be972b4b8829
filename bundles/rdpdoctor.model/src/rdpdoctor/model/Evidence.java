/**
 */
package rdpdoctor.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One typed fact a probe observed; value holds the canonical text of the typed value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rdpdoctor.model.Evidence#getKey <em>Key</em>}</li>
 *   <li>{@link rdpdoctor.model.Evidence#getType <em>Type</em>}</li>
 *   <li>{@link rdpdoctor.model.Evidence#getValue <em>Value</em>}</li>
 *   <li>{@link rdpdoctor.model.Evidence#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see rdpdoctor.model.ModelPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see rdpdoctor.model.ModelPackage#getEvidence_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Evidence#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link rdpdoctor.model.EvidenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see rdpdoctor.model.EvidenceType
	 * @see #setType(EvidenceType)
	 * @see rdpdoctor.model.ModelPackage#getEvidence_Type()
	 * @model
	 * @generated
	 */
	EvidenceType getType();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Evidence#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see rdpdoctor.model.EvidenceType
	 * @see #getType()
	 * @generated
	 */
	void setType(EvidenceType value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see rdpdoctor.model.ModelPackage#getEvidence_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link rdpdoctor.model.Evidence#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link rdpdoctor.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements of a LIST value, each with its own type (value holds the list as text for people).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see rdpdoctor.model.ModelPackage#getEvidence_Items()
	 * @model containment="true"
	 * @generated
	 */
	List<Evidence> getItems();

} // Evidence
