package rdpdoctor.ui.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import rdpdoctor.core.codes.CodeExplanation;

/**
 * Explain: type the codes the Remote Desktop client showed (e.g. {@code 0x904 0x7}, a FreeRDP code or name) and read
 * what they mean and which causes to check.
 */
public class ExplainView extends ViewPart {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.explain";

	private Text codes;
	private Text answer;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.explain_view"); // F1
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText("Error code [extended code]:");
		codes = new Text(parent, SWT.BORDER | SWT.SEARCH);
		codes.setMessage("e.g. 0x904 0x7, or 0x00020008, or ERRCONNECT_TLS_CONNECT_FAILED");
		codes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		codes.addListener(SWT.DefaultSelection, e -> explain());
		Button go = new Button(parent, SWT.PUSH);
		go.setText("Explain");
		go.addListener(SWT.Selection, e -> explain());
		answer = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		answer.setFont(JFaceResources.getTextFont());
		answer.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		answer.setText("Type the code from the client's error dialog and press Enter.\n\n"
				+ "mstsc shows e.g. \"error code: 0x904, extended error code: 0x7\"; FreeRDP shows e.g.\n"
				+ "\"ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]\".");
	}

	/**
	 * Explains the codes typed.
	 *
	 * @param text e.g. "0x904 0x7"
	 */
	public void explain(String text) {
		codes.setText(text);
		explain();
	}

	private void explain() {
		String[] parts = codes.getText().trim().replace(',', ' ').split("\\s+");
		if (parts.length == 0 || parts[0].isEmpty()) {
			return;
		}
		try {
			answer.setText(parts.length > 2 ? "Type one code and at most one extended code."
					: CodeExplanation.explain(parts[0], parts.length == 2 ? parts[1] : null));
		} catch (IllegalArgumentException e) {
			answer.setText(e.getMessage());
		}
	}

	/** @return the explanation shown, for tests */
	String answer() {
		return answer.getText();
	}

	@Override
	public void setFocus() {
		codes.setFocus();
	}
}
