/**
 */
package rdpdoctor.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * RDP Doctor's inventory of hosts and everything learnt about them: probe runs with typed evidence, findings, remediation records and event records.
 * <!-- end-model-doc -->
 * @see rdpdoctor.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:rdpdoctor:model:1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rdpdoctor";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = rdpdoctor.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.InventoryImpl <em>Inventory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.InventoryImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getInventory()
	 * @generated
	 */
	int INVENTORY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__GROUPS = 1;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__HOSTS = 2;

	/**
	 * The number of structural features of the '<em>Inventory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Inventory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.GroupImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__GROUPS = 2;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__HOSTS = 3;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.HostImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Rdp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RDP_PORT = 2;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SSH_PORT = 3;

	/**
	 * The feature id for the '<em><b>Ssh User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SSH_USER = 4;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PLATFORM = 5;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__TAGS = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NOTES = 7;

	/**
	 * The feature id for the '<em><b>Rdp User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RDP_USER = 8;

	/**
	 * The feature id for the '<em><b>Rdp Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RDP_DOMAIN = 9;

	/**
	 * The feature id for the '<em><b>Rdp Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RDP_GATEWAY = 10;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RUNS = 11;

	/**
	 * The feature id for the '<em><b>Remediations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__REMEDIATIONS = 12;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__EVENTS = 13;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.ProbeRunImpl <em>Probe Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.ProbeRunImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getProbeRun()
	 * @generated
	 */
	int PROBE_RUN = 3;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__STARTED = 0;

	/**
	 * The feature id for the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__FINISHED = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__PORT = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__RESULTS = 6;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN__FINDINGS = 7;

	/**
	 * The number of structural features of the '<em>Probe Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Probe Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.ProbeResultImpl <em>Probe Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.ProbeResultImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getProbeResult()
	 * @generated
	 */
	int PROBE_RESULT = 4;

	/**
	 * The feature id for the '<em><b>Probe Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__PROBE_ID = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__DURATION_MS = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__EVIDENCE = 4;

	/**
	 * The number of structural features of the '<em>Probe Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Probe Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.EvidenceImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ITEMS = 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.FindingRecordImpl <em>Finding Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.FindingRecordImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getFindingRecord()
	 * @generated
	 */
	int FINDING_RECORD = 6;

	/**
	 * The feature id for the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__CAUSE_ID = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__SEVERITY = 1;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__CONFIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__EXPLANATION = 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__EVIDENCE = 5;

	/**
	 * The feature id for the '<em><b>Remediation Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__REMEDIATION_IDS = 6;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__CITATIONS = 7;

	/**
	 * The feature id for the '<em><b>Considered</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__CONSIDERED = 8;

	/**
	 * The feature id for the '<em><b>Caused By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD__CAUSED_BY = 9;

	/**
	 * The number of structural features of the '<em>Finding Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Finding Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.RemediationRecordImpl <em>Remediation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.RemediationRecordImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getRemediationRecord()
	 * @generated
	 */
	int REMEDIATION_RECORD = 7;

	/**
	 * The feature id for the '<em><b>Remediation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD__REMEDIATION_ID = 0;

	/**
	 * The feature id for the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD__CAUSE_ID = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD__STATE = 2;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD__PLAN = 3;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD__TIMESTAMP = 4;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD__OUTCOME = 5;

	/**
	 * The number of structural features of the '<em>Remediation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Remediation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.impl.EventRecordImpl <em>Event Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.impl.EventRecordImpl
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getEventRecord()
	 * @generated
	 */
	int EVENT_RECORD = 8;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__TIMESTAMP = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__CHANNEL = 1;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__PROVIDER = 2;

	/**
	 * The feature id for the '<em><b>Event Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__EVENT_ID = 3;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__LEVEL = 4;

	/**
	 * The feature id for the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__RECORD_ID = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__MESSAGE = 6;

	/**
	 * The number of structural features of the '<em>Event Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Event Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.HostPlatform <em>Host Platform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.HostPlatform
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getHostPlatform()
	 * @generated
	 */
	int HOST_PLATFORM = 9;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.HostStatus <em>Host Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.HostStatus
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getHostStatus()
	 * @generated
	 */
	int HOST_STATUS = 10;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.ProbeStatus <em>Probe Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.ProbeStatus
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getProbeStatus()
	 * @generated
	 */
	int PROBE_STATUS = 11;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.EvidenceType <em>Evidence Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.EvidenceType
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getEvidenceType()
	 * @generated
	 */
	int EVIDENCE_TYPE = 12;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.Severity
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 13;

	/**
	 * The meta object id for the '{@link rdpdoctor.model.RemediationState <em>Remediation State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see rdpdoctor.model.RemediationState
	 * @see rdpdoctor.model.impl.ModelPackageImpl#getRemediationState()
	 * @generated
	 */
	int REMEDIATION_STATE = 14;


	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.Inventory <em>Inventory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inventory</em>'.
	 * @see rdpdoctor.model.Inventory
	 * @generated
	 */
	EClass getInventory();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Inventory#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see rdpdoctor.model.Inventory#getName()
	 * @see #getInventory()
	 * @generated
	 */
	EAttribute getInventory_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Inventory#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see rdpdoctor.model.Inventory#getGroups()
	 * @see #getInventory()
	 * @generated
	 */
	EReference getInventory_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Inventory#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see rdpdoctor.model.Inventory#getHosts()
	 * @see #getInventory()
	 * @generated
	 */
	EReference getInventory_Hosts();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see rdpdoctor.model.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Group#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see rdpdoctor.model.Group#getName()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Group#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see rdpdoctor.model.Group#getDescription()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Group#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see rdpdoctor.model.Group#getGroups()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Group#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see rdpdoctor.model.Group#getHosts()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Hosts();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see rdpdoctor.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see rdpdoctor.model.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see rdpdoctor.model.Host#getAddress()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Address();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getRdpPort <em>Rdp Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdp Port</em>'.
	 * @see rdpdoctor.model.Host#getRdpPort()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_RdpPort();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getSshPort <em>Ssh Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssh Port</em>'.
	 * @see rdpdoctor.model.Host#getSshPort()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_SshPort();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getSshUser <em>Ssh User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssh User</em>'.
	 * @see rdpdoctor.model.Host#getSshUser()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_SshUser();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see rdpdoctor.model.Host#getPlatform()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Platform();

	/**
	 * Returns the meta object for the attribute list '{@link rdpdoctor.model.Host#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see rdpdoctor.model.Host#getTags()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Tags();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see rdpdoctor.model.Host#getNotes()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Notes();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getRdpUser <em>Rdp User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdp User</em>'.
	 * @see rdpdoctor.model.Host#getRdpUser()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_RdpUser();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getRdpDomain <em>Rdp Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdp Domain</em>'.
	 * @see rdpdoctor.model.Host#getRdpDomain()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_RdpDomain();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Host#getRdpGateway <em>Rdp Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdp Gateway</em>'.
	 * @see rdpdoctor.model.Host#getRdpGateway()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_RdpGateway();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Host#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see rdpdoctor.model.Host#getRuns()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Runs();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Host#getRemediations <em>Remediations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Remediations</em>'.
	 * @see rdpdoctor.model.Host#getRemediations()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Remediations();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Host#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see rdpdoctor.model.Host#getEvents()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Events();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.ProbeRun <em>Probe Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Probe Run</em>'.
	 * @see rdpdoctor.model.ProbeRun
	 * @generated
	 */
	EClass getProbeRun();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeRun#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see rdpdoctor.model.ProbeRun#getStarted()
	 * @see #getProbeRun()
	 * @generated
	 */
	EAttribute getProbeRun_Started();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeRun#getFinished <em>Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished</em>'.
	 * @see rdpdoctor.model.ProbeRun#getFinished()
	 * @see #getProbeRun()
	 * @generated
	 */
	EAttribute getProbeRun_Finished();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeRun#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see rdpdoctor.model.ProbeRun#getTarget()
	 * @see #getProbeRun()
	 * @generated
	 */
	EAttribute getProbeRun_Target();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeRun#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see rdpdoctor.model.ProbeRun#getAddress()
	 * @see #getProbeRun()
	 * @generated
	 */
	EAttribute getProbeRun_Address();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeRun#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see rdpdoctor.model.ProbeRun#getPort()
	 * @see #getProbeRun()
	 * @generated
	 */
	EAttribute getProbeRun_Port();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeRun#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see rdpdoctor.model.ProbeRun#getStatus()
	 * @see #getProbeRun()
	 * @generated
	 */
	EAttribute getProbeRun_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.ProbeRun#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see rdpdoctor.model.ProbeRun#getResults()
	 * @see #getProbeRun()
	 * @generated
	 */
	EReference getProbeRun_Results();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.ProbeRun#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see rdpdoctor.model.ProbeRun#getFindings()
	 * @see #getProbeRun()
	 * @generated
	 */
	EReference getProbeRun_Findings();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.ProbeResult <em>Probe Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Probe Result</em>'.
	 * @see rdpdoctor.model.ProbeResult
	 * @generated
	 */
	EClass getProbeResult();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeResult#getProbeId <em>Probe Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Id</em>'.
	 * @see rdpdoctor.model.ProbeResult#getProbeId()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_ProbeId();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeResult#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see rdpdoctor.model.ProbeResult#getStatus()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_Status();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeResult#getDurationMs <em>Duration Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Ms</em>'.
	 * @see rdpdoctor.model.ProbeResult#getDurationMs()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_DurationMs();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.ProbeResult#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see rdpdoctor.model.ProbeResult#getMessage()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_Message();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.ProbeResult#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see rdpdoctor.model.ProbeResult#getEvidence()
	 * @see #getProbeResult()
	 * @generated
	 */
	EReference getProbeResult_Evidence();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see rdpdoctor.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Evidence#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see rdpdoctor.model.Evidence#getKey()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Key();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Evidence#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see rdpdoctor.model.Evidence#getType()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Type();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.Evidence#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see rdpdoctor.model.Evidence#getValue()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Value();

	/**
	 * Returns the meta object for the containment reference list '{@link rdpdoctor.model.Evidence#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see rdpdoctor.model.Evidence#getItems()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Items();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.FindingRecord <em>Finding Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding Record</em>'.
	 * @see rdpdoctor.model.FindingRecord
	 * @generated
	 */
	EClass getFindingRecord();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.FindingRecord#getCauseId <em>Cause Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause Id</em>'.
	 * @see rdpdoctor.model.FindingRecord#getCauseId()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_CauseId();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.FindingRecord#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see rdpdoctor.model.FindingRecord#getSeverity()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_Severity();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.FindingRecord#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see rdpdoctor.model.FindingRecord#getConfidence()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.FindingRecord#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see rdpdoctor.model.FindingRecord#getTitle()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_Title();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.FindingRecord#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see rdpdoctor.model.FindingRecord#getExplanation()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_Explanation();

	/**
	 * Returns the meta object for the reference list '{@link rdpdoctor.model.FindingRecord#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see rdpdoctor.model.FindingRecord#getEvidence()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EReference getFindingRecord_Evidence();

	/**
	 * Returns the meta object for the attribute list '{@link rdpdoctor.model.FindingRecord#getRemediationIds <em>Remediation Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Remediation Ids</em>'.
	 * @see rdpdoctor.model.FindingRecord#getRemediationIds()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_RemediationIds();

	/**
	 * Returns the meta object for the attribute list '{@link rdpdoctor.model.FindingRecord#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Citations</em>'.
	 * @see rdpdoctor.model.FindingRecord#getCitations()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_Citations();

	/**
	 * Returns the meta object for the attribute list '{@link rdpdoctor.model.FindingRecord#getConsidered <em>Considered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Considered</em>'.
	 * @see rdpdoctor.model.FindingRecord#getConsidered()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_Considered();

	/**
	 * Returns the meta object for the attribute list '{@link rdpdoctor.model.FindingRecord#getCausedBy <em>Caused By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Caused By</em>'.
	 * @see rdpdoctor.model.FindingRecord#getCausedBy()
	 * @see #getFindingRecord()
	 * @generated
	 */
	EAttribute getFindingRecord_CausedBy();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.RemediationRecord <em>Remediation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remediation Record</em>'.
	 * @see rdpdoctor.model.RemediationRecord
	 * @generated
	 */
	EClass getRemediationRecord();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.RemediationRecord#getRemediationId <em>Remediation Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remediation Id</em>'.
	 * @see rdpdoctor.model.RemediationRecord#getRemediationId()
	 * @see #getRemediationRecord()
	 * @generated
	 */
	EAttribute getRemediationRecord_RemediationId();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.RemediationRecord#getCauseId <em>Cause Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause Id</em>'.
	 * @see rdpdoctor.model.RemediationRecord#getCauseId()
	 * @see #getRemediationRecord()
	 * @generated
	 */
	EAttribute getRemediationRecord_CauseId();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.RemediationRecord#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see rdpdoctor.model.RemediationRecord#getState()
	 * @see #getRemediationRecord()
	 * @generated
	 */
	EAttribute getRemediationRecord_State();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.RemediationRecord#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan</em>'.
	 * @see rdpdoctor.model.RemediationRecord#getPlan()
	 * @see #getRemediationRecord()
	 * @generated
	 */
	EAttribute getRemediationRecord_Plan();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.RemediationRecord#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see rdpdoctor.model.RemediationRecord#getTimestamp()
	 * @see #getRemediationRecord()
	 * @generated
	 */
	EAttribute getRemediationRecord_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.RemediationRecord#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see rdpdoctor.model.RemediationRecord#getOutcome()
	 * @see #getRemediationRecord()
	 * @generated
	 */
	EAttribute getRemediationRecord_Outcome();

	/**
	 * Returns the meta object for class '{@link rdpdoctor.model.EventRecord <em>Event Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Record</em>'.
	 * @see rdpdoctor.model.EventRecord
	 * @generated
	 */
	EClass getEventRecord();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.EventRecord#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see rdpdoctor.model.EventRecord#getTimestamp()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.EventRecord#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see rdpdoctor.model.EventRecord#getChannel()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_Channel();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.EventRecord#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see rdpdoctor.model.EventRecord#getProvider()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_Provider();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.EventRecord#getEventId <em>Event Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Id</em>'.
	 * @see rdpdoctor.model.EventRecord#getEventId()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_EventId();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.EventRecord#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see rdpdoctor.model.EventRecord#getLevel()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_Level();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.EventRecord#getRecordId <em>Record Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Id</em>'.
	 * @see rdpdoctor.model.EventRecord#getRecordId()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_RecordId();

	/**
	 * Returns the meta object for the attribute '{@link rdpdoctor.model.EventRecord#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see rdpdoctor.model.EventRecord#getMessage()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_Message();

	/**
	 * Returns the meta object for enum '{@link rdpdoctor.model.HostPlatform <em>Host Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Host Platform</em>'.
	 * @see rdpdoctor.model.HostPlatform
	 * @generated
	 */
	EEnum getHostPlatform();

	/**
	 * Returns the meta object for enum '{@link rdpdoctor.model.HostStatus <em>Host Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Host Status</em>'.
	 * @see rdpdoctor.model.HostStatus
	 * @generated
	 */
	EEnum getHostStatus();

	/**
	 * Returns the meta object for enum '{@link rdpdoctor.model.ProbeStatus <em>Probe Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Probe Status</em>'.
	 * @see rdpdoctor.model.ProbeStatus
	 * @generated
	 */
	EEnum getProbeStatus();

	/**
	 * Returns the meta object for enum '{@link rdpdoctor.model.EvidenceType <em>Evidence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Type</em>'.
	 * @see rdpdoctor.model.EvidenceType
	 * @generated
	 */
	EEnum getEvidenceType();

	/**
	 * Returns the meta object for enum '{@link rdpdoctor.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see rdpdoctor.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link rdpdoctor.model.RemediationState <em>Remediation State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Remediation State</em>'.
	 * @see rdpdoctor.model.RemediationState
	 * @generated
	 */
	EEnum getRemediationState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.InventoryImpl <em>Inventory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.InventoryImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getInventory()
		 * @generated
		 */
		EClass INVENTORY = eINSTANCE.getInventory();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY__NAME = eINSTANCE.getInventory_Name();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY__GROUPS = eINSTANCE.getInventory_Groups();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY__HOSTS = eINSTANCE.getInventory_Hosts();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.GroupImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__NAME = eINSTANCE.getGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__DESCRIPTION = eINSTANCE.getGroup_Description();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__GROUPS = eINSTANCE.getGroup_Groups();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__HOSTS = eINSTANCE.getGroup_Hosts();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.HostImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ADDRESS = eINSTANCE.getHost_Address();

		/**
		 * The meta object literal for the '<em><b>Rdp Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__RDP_PORT = eINSTANCE.getHost_RdpPort();

		/**
		 * The meta object literal for the '<em><b>Ssh Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__SSH_PORT = eINSTANCE.getHost_SshPort();

		/**
		 * The meta object literal for the '<em><b>Ssh User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__SSH_USER = eINSTANCE.getHost_SshUser();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__PLATFORM = eINSTANCE.getHost_Platform();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__TAGS = eINSTANCE.getHost_Tags();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NOTES = eINSTANCE.getHost_Notes();

		/**
		 * The meta object literal for the '<em><b>Rdp User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__RDP_USER = eINSTANCE.getHost_RdpUser();

		/**
		 * The meta object literal for the '<em><b>Rdp Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__RDP_DOMAIN = eINSTANCE.getHost_RdpDomain();

		/**
		 * The meta object literal for the '<em><b>Rdp Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__RDP_GATEWAY = eINSTANCE.getHost_RdpGateway();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__RUNS = eINSTANCE.getHost_Runs();

		/**
		 * The meta object literal for the '<em><b>Remediations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__REMEDIATIONS = eINSTANCE.getHost_Remediations();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__EVENTS = eINSTANCE.getHost_Events();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.ProbeRunImpl <em>Probe Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.ProbeRunImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getProbeRun()
		 * @generated
		 */
		EClass PROBE_RUN = eINSTANCE.getProbeRun();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RUN__STARTED = eINSTANCE.getProbeRun_Started();

		/**
		 * The meta object literal for the '<em><b>Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RUN__FINISHED = eINSTANCE.getProbeRun_Finished();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RUN__TARGET = eINSTANCE.getProbeRun_Target();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RUN__ADDRESS = eINSTANCE.getProbeRun_Address();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RUN__PORT = eINSTANCE.getProbeRun_Port();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RUN__STATUS = eINSTANCE.getProbeRun_Status();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBE_RUN__RESULTS = eINSTANCE.getProbeRun_Results();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBE_RUN__FINDINGS = eINSTANCE.getProbeRun_Findings();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.ProbeResultImpl <em>Probe Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.ProbeResultImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getProbeResult()
		 * @generated
		 */
		EClass PROBE_RESULT = eINSTANCE.getProbeResult();

		/**
		 * The meta object literal for the '<em><b>Probe Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__PROBE_ID = eINSTANCE.getProbeResult_ProbeId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__STATUS = eINSTANCE.getProbeResult_Status();

		/**
		 * The meta object literal for the '<em><b>Duration Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__DURATION_MS = eINSTANCE.getProbeResult_DurationMs();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__MESSAGE = eINSTANCE.getProbeResult_Message();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBE_RESULT__EVIDENCE = eINSTANCE.getProbeResult_Evidence();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.EvidenceImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KEY = eINSTANCE.getEvidence_Key();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TYPE = eINSTANCE.getEvidence_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__VALUE = eINSTANCE.getEvidence_Value();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__ITEMS = eINSTANCE.getEvidence_Items();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.FindingRecordImpl <em>Finding Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.FindingRecordImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getFindingRecord()
		 * @generated
		 */
		EClass FINDING_RECORD = eINSTANCE.getFindingRecord();

		/**
		 * The meta object literal for the '<em><b>Cause Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__CAUSE_ID = eINSTANCE.getFindingRecord_CauseId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__SEVERITY = eINSTANCE.getFindingRecord_Severity();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__CONFIDENCE = eINSTANCE.getFindingRecord_Confidence();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__TITLE = eINSTANCE.getFindingRecord_Title();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__EXPLANATION = eINSTANCE.getFindingRecord_Explanation();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING_RECORD__EVIDENCE = eINSTANCE.getFindingRecord_Evidence();

		/**
		 * The meta object literal for the '<em><b>Remediation Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__REMEDIATION_IDS = eINSTANCE.getFindingRecord_RemediationIds();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__CITATIONS = eINSTANCE.getFindingRecord_Citations();

		/**
		 * The meta object literal for the '<em><b>Considered</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__CONSIDERED = eINSTANCE.getFindingRecord_Considered();

		/**
		 * The meta object literal for the '<em><b>Caused By</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_RECORD__CAUSED_BY = eINSTANCE.getFindingRecord_CausedBy();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.RemediationRecordImpl <em>Remediation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.RemediationRecordImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getRemediationRecord()
		 * @generated
		 */
		EClass REMEDIATION_RECORD = eINSTANCE.getRemediationRecord();

		/**
		 * The meta object literal for the '<em><b>Remediation Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_RECORD__REMEDIATION_ID = eINSTANCE.getRemediationRecord_RemediationId();

		/**
		 * The meta object literal for the '<em><b>Cause Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_RECORD__CAUSE_ID = eINSTANCE.getRemediationRecord_CauseId();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_RECORD__STATE = eINSTANCE.getRemediationRecord_State();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_RECORD__PLAN = eINSTANCE.getRemediationRecord_Plan();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_RECORD__TIMESTAMP = eINSTANCE.getRemediationRecord_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_RECORD__OUTCOME = eINSTANCE.getRemediationRecord_Outcome();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.impl.EventRecordImpl <em>Event Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.impl.EventRecordImpl
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getEventRecord()
		 * @generated
		 */
		EClass EVENT_RECORD = eINSTANCE.getEventRecord();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__TIMESTAMP = eINSTANCE.getEventRecord_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__CHANNEL = eINSTANCE.getEventRecord_Channel();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__PROVIDER = eINSTANCE.getEventRecord_Provider();

		/**
		 * The meta object literal for the '<em><b>Event Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__EVENT_ID = eINSTANCE.getEventRecord_EventId();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__LEVEL = eINSTANCE.getEventRecord_Level();

		/**
		 * The meta object literal for the '<em><b>Record Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__RECORD_ID = eINSTANCE.getEventRecord_RecordId();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__MESSAGE = eINSTANCE.getEventRecord_Message();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.HostPlatform <em>Host Platform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.HostPlatform
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getHostPlatform()
		 * @generated
		 */
		EEnum HOST_PLATFORM = eINSTANCE.getHostPlatform();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.HostStatus <em>Host Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.HostStatus
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getHostStatus()
		 * @generated
		 */
		EEnum HOST_STATUS = eINSTANCE.getHostStatus();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.ProbeStatus <em>Probe Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.ProbeStatus
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getProbeStatus()
		 * @generated
		 */
		EEnum PROBE_STATUS = eINSTANCE.getProbeStatus();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.EvidenceType <em>Evidence Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.EvidenceType
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getEvidenceType()
		 * @generated
		 */
		EEnum EVIDENCE_TYPE = eINSTANCE.getEvidenceType();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.Severity
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link rdpdoctor.model.RemediationState <em>Remediation State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see rdpdoctor.model.RemediationState
		 * @see rdpdoctor.model.impl.ModelPackageImpl#getRemediationState()
		 * @generated
		 */
		EEnum REMEDIATION_STATE = eINSTANCE.getRemediationState();

	}

} //ModelPackage
