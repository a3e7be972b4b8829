package rdpdoctor.modelgen;

import java.io.File;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model code generator outside Eclipse: {@code GenerateModel BUNDLE_DIR GENMODEL}.
 * The bundle folder is mapped as {@code platform:/resource/<its name>/} so the genmodel's modelDirectory works.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel BUNDLE_DIR GENMODEL_FILE");
			System.exit(2);
		}
		File bundle = new File(args[0]).getAbsoluteFile();
		File genmodelFile = new File(args[1]).getAbsoluteFile();
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		URI bundleUri = URI.createFileURI(bundle.getPath() + "/");
		EcorePlugin.getPlatformResourceMap().put(bundle.getName(), bundleUri);
		resources.getURIConverter().getURIMap()
				.put(URI.createPlatformResourceURI("/" + bundle.getName() + "/", false), bundleUri);
		Resource resource = resources.getResource(URI.createFileURI(genmodelFile.getPath()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		// A hand-written genmodel may name only its packages: fill in classes and features from the .ecore.
		for (GenPackage genPackage : genModel.getGenPackages()) {
			if (genPackage.getGenClasses().isEmpty() && genPackage.getGenEnums().isEmpty()) {
				genPackage.initialize(genPackage.getEcorePackage());
			}
		}
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setValidateModel(false);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			System.err.println("genmodel is not valid: " + valid);
			System.exit(1);
		}
		// Outside Eclipse the generator adapters are not registered by plugin.xml: register them here.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			System.err.println("generation failed: " + result);
			System.exit(1);
		}
		System.out.println("generated model code into " + bundle + ": " + result);
	}
}
