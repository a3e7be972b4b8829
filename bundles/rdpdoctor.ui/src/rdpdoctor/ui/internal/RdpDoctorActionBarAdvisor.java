package rdpdoctor.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File, Edit, Diagnose, Window, Help with the workbench's own Save, Undo, Delete, Preferences...;
 * RDP Doctor's commands join them from plugin.xml (groups "new", "import", "diagnose").
 */
public class RdpDoctorActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction delete;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction helpContents;
	private org.eclipse.jface.action.IAction about;

	/** @param configurer the window's action bars */
	public RdpDoctorActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = add(ActionFactory.SAVE.create(window));
		saveAs = add(ActionFactory.SAVE_AS.create(window));
		quit = add(ActionFactory.QUIT.create(window));
		undo = add(ActionFactory.UNDO.create(window));
		redo = add(ActionFactory.REDO.create(window));
		delete = add(ActionFactory.DELETE.create(window));
		preferences = add(ActionFactory.PREFERENCES.create(window));
		resetPerspective = add(ActionFactory.RESET_PERSPECTIVE.create(window));
		helpContents = add(ActionFactory.HELP_CONTENTS.create(window));
		about = new org.eclipse.jface.action.Action("&About RDP Doctor") {
			@Override
			public void run() {
				new AboutDialog(window).open();
			}
		};
		about.setId(ActionFactory.ABOUT.getId());
	}

	private IWorkbenchAction add(IWorkbenchAction action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager bar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker("new"));
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(new Separator("import"));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator("recent")); // the recent inventories (plugin.xml)
		file.add(new Separator());
		file.add(quit);
		bar.add(file);

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(delete);
		edit.add(new Separator("inventory"));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(edit);

		MenuManager diagnose = new MenuManager("&Diagnose", "rdpdoctor.diagnose");
		diagnose.add(new GroupMarker("diagnose"));
		diagnose.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(diagnose);

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager("Show &View");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer()
				.getWindow()));
		window.add(views);
		window.add(resetPerspective);
		window.add(new Separator());
		window.add(preferences);
		bar.add(window);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(helpContents);
		help.add(new org.eclipse.jface.action.Separator());
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);
		bar.add(help);
	}
}
