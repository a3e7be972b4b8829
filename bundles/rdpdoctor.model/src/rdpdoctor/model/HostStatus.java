/**
 */
package rdpdoctor.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Host Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see rdpdoctor.model.ModelPackage#getHostStatus()
 * @model
 * @generated
 */
public enum HostStatus implements Enumerator {
	/**
	 * The '<em><b>NEVER PROBED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEVER_PROBED_VALUE
	 * @generated
	 * @ordered
	 */
	NEVER_PROBED(0, "NEVER_PROBED", "NEVER_PROBED"),

	/**
	 * The '<em><b>HEALTHY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHY_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTHY(1, "HEALTHY", "HEALTHY"),

	/**
	 * The '<em><b>DEGRADED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEGRADED_VALUE
	 * @generated
	 * @ordered
	 */
	DEGRADED(2, "DEGRADED", "DEGRADED"),

	/**
	 * The '<em><b>FAILING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILING_VALUE
	 * @generated
	 * @ordered
	 */
	FAILING(3, "FAILING", "FAILING"),

	/**
	 * The '<em><b>UNREACHABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREACHABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNREACHABLE(4, "UNREACHABLE", "UNREACHABLE");

	/**
	 * The '<em><b>NEVER PROBED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEVER_PROBED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEVER_PROBED_VALUE = 0;

	/**
	 * The '<em><b>HEALTHY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEALTHY_VALUE = 1;

	/**
	 * The '<em><b>DEGRADED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEGRADED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEGRADED_VALUE = 2;

	/**
	 * The '<em><b>FAILING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAILING_VALUE = 3;

	/**
	 * The '<em><b>UNREACHABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREACHABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNREACHABLE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Host Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostStatus[] VALUES_ARRAY =
		new HostStatus[] {
			NEVER_PROBED,
			HEALTHY,
			DEGRADED,
			FAILING,
			UNREACHABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Host Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Host Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Host Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Host Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostStatus get(int value) {
		switch (value) {
			case NEVER_PROBED_VALUE: return NEVER_PROBED;
			case HEALTHY_VALUE: return HEALTHY;
			case DEGRADED_VALUE: return DEGRADED;
			case FAILING_VALUE: return FAILING;
			case UNREACHABLE_VALUE: return UNREACHABLE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private HostStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //HostStatus
