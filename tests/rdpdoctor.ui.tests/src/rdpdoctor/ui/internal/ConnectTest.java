package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.inventory.ImportedHost;
import rdpdoctor.inventory.io.RdpFileImporter;
import rdpdoctor.model.Host;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.ui.internal.connect.ClientChoice;
import rdpdoctor.ui.internal.connect.ClientLaunch;
import rdpdoctor.ui.internal.connect.RdpConnectionFile;
import rdpdoctor.ui.internal.connect.RemoteDesktopClient;

/**
 * Connect: the selected host handed to a Remote Desktop client in a connection file. The client is a stub program (a
 * shell script) that records the arguments it was given and a copy of the file; the file is read back by RDP Doctor's
 * own .rdp importer, which reads mstsc's files.
 */
class ConnectTest {

	@TempDir
	Path dir;

	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private InventoryDocument document;
	private IEclipsePreferences prefs;

	@BeforeEach
	void emptyInventory() throws Exception {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		page.closeAllEditors(false);
		document = window.getService(InventoryDocument.class);
		document.newDocument();
		prefs = InstanceScope.INSTANCE.getNode(ClientLaunch.NODE);
	}

	@AfterEach
	void automaticClientAgain() {
		prefs.remove(ClientLaunch.CLIENT_KEY);
		prefs.remove(ClientLaunch.PROGRAM_KEY);
	}

	@Test
	void connectHandsTheSelectedHostToTheChosenClientInAPrivateConnectionFile() throws Exception {
		Path args = dir.resolve("args.txt");
		Path copy = dir.resolve("copy.rdp");
		Path stub = stubClient(args, copy);
		prefs.put(ClientLaunch.CLIENT_KEY, RemoteDesktopClient.XFREERDP.name());
		prefs.put(ClientLaunch.PROGRAM_KEY, stub.toString());
		Host host = host("ts01.contoso.test", 3390, "alice", "CONTOSO", "rdg.contoso.test");
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host));
		InventoryView inventory = (InventoryView) page.showView(InventoryView.ID);
		UiWait.flush();
		inventory.getViewer().setSelection(new StructuredSelection(host));
		page.activate(inventory);

		window.getService(IHandlerService.class).executeCommand("rdpdoctor.ui.connect", null);
		UiWait.until(() -> "the client to record its arguments", () -> Files.exists(copy), 20_000);

		List<String> given = Files.readAllLines(args, StandardCharsets.UTF_8);
		assertEquals(1, given.size(), "the connection file and nothing else: " + given);
		Path rdp = Path.of(given.get(0));
		assertEquals(ConnectHandler.folder(), rdp.getParent());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(rdp.getParent())));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(rdp)));
		ImportedHost read = new RdpFileImporter().read(copy).hosts().get(0);
		assertEquals(List.of("ts01.contoso.test", "3390", "CONTOSO\\alice", "rdg.contoso.test"),
				List.of(read.name(), String.valueOf(read.port()), read.user(), read.gateway()));
		byte[] bytes = Files.readAllBytes(copy);
		assertEquals(List.of((byte) 0xFF, (byte) 0xFE), List.of(bytes[0], bytes[1]), "UTF-16LE with BOM, as mstsc");
		assertFalse(new String(bytes, StandardCharsets.UTF_16LE).toLowerCase().contains("password"));
	}

	@Test
	void ctrlEnterConnects() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		TriggerSequence[] triggers = bindings.getActiveBindingsFor("rdpdoctor.ui.connect");
		assertTrue(Arrays.stream(triggers).anyMatch(t -> t.format().equals("Ctrl+Enter")),
				Arrays.toString(triggers));
	}

	@Test
	void aMissingClientIsSaidWithWhatToInstall() throws IOException {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		ClientChoice.Result linux = ClientChoice.choose("linux", empty.toString(), ClientChoice.AUTOMATIC, "",
				dir);
		assertTrue(linux.choice().isEmpty());
		assertTrue(linux.missing().contains("freerdp") && linux.missing().contains("remmina"), linux.missing());

		ClientChoice.Result mac = ClientChoice.choose("macosx", "/usr/bin", ClientChoice.AUTOMATIC, "", dir);
		assertTrue(mac.missing().contains("Windows App"), mac.missing());

		ClientChoice.Result gone = ClientChoice.choose("linux", "", RemoteDesktopClient.XFREERDP.name(),
				dir.resolve("no-such-client").toString(), dir);
		assertTrue(gone.missing().contains("no-such-client"), gone.missing());
	}

	@Test
	void theFirstClientFoundOnPathIsUsedWithItsOwnCommandLine() throws IOException {
		Path bin = Files.createDirectory(dir.resolve("bin"));
		executable(bin.resolve("remmina"));
		Path rdp = dir.resolve("h.rdp");
		ClientChoice remmina = ClientChoice.choose("linux", "/nonexistent:" + bin, ClientChoice.AUTOMATIC, "", dir)
				.choice().orElseThrow();
		assertEquals(List.of(bin.resolve("remmina").toString(), "-c", rdp.toString()), remmina.command(rdp));

		executable(bin.resolve("xfreerdp"));
		ClientChoice freerdp = ClientChoice.choose("linux", bin.toString(), ClientChoice.AUTOMATIC, "", dir)
				.choice().orElseThrow();
		assertEquals(List.of(bin.resolve("xfreerdp").toString(), rdp.toString()), freerdp.command(rdp));

		executable(bin.resolve("open"));
		Files.createDirectories(dir.resolve("Applications/Windows App.app"));
		ClientChoice mac = ClientChoice.choose("macosx", bin.toString(), ClientChoice.AUTOMATIC, "",
				dir.resolve("Applications")).choice().orElseThrow();
		assertEquals(List.of(bin.resolve("open").toString(), "-a", "Windows App", rdp.toString()), mac.command(rdp));

		ClientChoice named = ClientChoice.choose("linux", "", ClientChoice.AUTOMATIC, bin.resolve("remmina")
				.toString(), dir).choice().orElseThrow();
		assertEquals(RemoteDesktopClient.REMMINA, named.client(), "a program chosen with Automatic: its name says which");

		Files.createFile(bin.resolve("mstsc.exe"));
		ClientChoice windows = ClientChoice.choose("win32", bin.toString(), ClientChoice.AUTOMATIC, "", dir)
				.choice().orElseThrow();
		assertEquals(RemoteDesktopClient.MSTSC, windows.client());
	}

	@Test
	void aFieldThatWouldAddALineToTheFileIsRefusedNamingTheHost() {
		Host host = host("ts02.contoso.test", 3389, "alice\r\nalternate shell:s:cmd.exe", "", "");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> RdpConnectionFile.lines(host));
		assertTrue(refused.getMessage().contains("ts02.contoso.test") && refused.getMessage().contains("RDP user"),
				refused.getMessage());
		assertEquals(List.of("full address:s:[2001:db8::7]"), RdpConnectionFile.lines(host("2001:db8::7", 3389, "",
				"", "")));
	}

	private Path stubClient(Path args, Path copy) throws IOException {
		Path stub = dir.resolve("stub-client");
		Files.writeString(stub, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + args + "'\ncp \"$1\" '" + copy + ".part'\n"
				+ "mv '" + copy + ".part' '" + copy + "'\n");
		stub.toFile().setExecutable(true);
		return stub;
	}

	private static void executable(Path file) throws IOException {
		Files.writeString(file, "#!/bin/sh\n");
		file.toFile().setExecutable(true);
	}

	private static Host host(String name, int port, String user, String domain, String gateway) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setRdpPort(port);
		host.setRdpUser(user);
		host.setRdpDomain(domain);
		host.setRdpGateway(gateway);
		return host;
	}
}
