package rdpdoctor.remediation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.Snapshot;

/**
 * An action's plan and snapshot as files in its journal folder: owner-only (a snapshot may hold a private key),
 * written beside and renamed into place, read only when they are plain files.
 */
final class ActionFiles {

	static final String PLAN = "plan.json";
	static final String SNAPSHOT = "snapshot.json";

	private ActionFiles() {
	}

	static void writePlan(Path dir, Plan plan) throws IOException {
		write(dir.resolve(PLAN), plan.toJson());
	}

	static Plan readPlan(Path dir) throws IOException {
		Path file = dir.resolve(PLAN);
		try {
			JsonObject json = JsonParser.parseString(read(file)).getAsJsonObject();
			return new Plan(text(json, "remediation"), text(json, "cause"), text(json, "host"), HostSystem.named(text(json, "system")),
					text(json, "summary"), json.get("workaround").getAsBoolean(), text(json, "precondition"),
					text(json, "snapshot"), text(json, "apply"));
		} catch (RuntimeException e) { // a cut or hand-edited file: Gson's, IllegalStateException, NullPointerException
			throw new IOException(file + " is not a plan: " + e.getMessage());
		}
	}

	/** @return the string property, or an exception naming the key when it is missing or not a string */
	private static String text(JsonObject json, String key) {
		JsonElement value = json.get(key);
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
			throw new IllegalArgumentException("'" + key + "' is missing or not text");
		}
		return value.getAsString();
	}

	static void writeSnapshot(Path dir, Snapshot snapshot) throws IOException {
		JsonArray entries = new JsonArray();
		for (Snapshot.Entry entry : snapshot.entries()) {
			JsonObject json = new JsonObject();
			json.addProperty("kind", entry.kind());
			json.addProperty("name", entry.name());
			json.addProperty("base64", entry.base64());
			json.addProperty("attributes", entry.attributes());
			entries.add(json);
		}
		write(dir.resolve(SNAPSHOT), entries.toString());
	}

	static Snapshot readSnapshot(Path dir) throws IOException {
		Path file = dir.resolve(SNAPSHOT);
		List<Snapshot.Entry> entries = new ArrayList<>();
		try {
			int number = 0;
			for (JsonElement element : JsonParser.parseString(read(file)).getAsJsonArray()) {
				JsonObject json = element.getAsJsonObject();
				entries.add(Snapshot.checked(file + " entry " + ++number, text(json, "kind"), text(json, "name"),
						text(json, "base64"), text(json, "attributes")));
			}
		} catch (RuntimeException e) { // Gson's, IllegalStateException, IllegalArgumentException
			throw new IOException(file + " is not a snapshot: " + e.getMessage());
		}
		return new Snapshot(entries);
	}

	private static String read(Path file) throws IOException {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(file + " is missing or not a plain file");
		}
		Journal.checkOwn(file);
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** Writes beside and renames: the file is whole or absent, never truncated. */
	private static void write(Path file, String text) throws IOException {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		Files.deleteIfExists(part);
		OwnerOnly.makeFile(part);
		Files.writeString(part, text, StandardCharsets.UTF_8);
		try (var channel = java.nio.channels.FileChannel.open(part, java.nio.file.StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}
}
