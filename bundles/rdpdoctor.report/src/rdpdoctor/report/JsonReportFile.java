package rdpdoctor.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import rdpdoctor.core.HostDiagnosis;

/**
 * The hosts of a JSON report ({@link JsonFormat}, or {@code diagnose --format json}), read one at a time so that a
 * report of any size can be merged without holding it in memory.
 */
public final class JsonReportFile implements Iterable<HostDiagnosis> {

	private final Path file;

	/** @param file a JSON report */
	public JsonReportFile(Path file) {
		this.file = file;
	}

	/**
	 * Reads the whole file once to check it, so that a broken shard report fails before anything is written.
	 *
	 * @return how many hosts it holds
	 * @throws IOException naming the file when it is not a JSON report
	 */
	public int check() throws IOException {
		return check(host -> {
		});
	}

	/**
	 * As {@link #check()}, showing each host to {@code each} on the way.
	 *
	 * @param each sees every host, in file order
	 * @return how many hosts it holds
	 * @throws IOException naming the file and what was expected when it is not a JSON report
	 */
	public int check(Consumer<HostDiagnosis> each) throws IOException {
		if (Files.isDirectory(file)) {
			throw new IOException(file + ": is a folder; a JSON report file was expected");
		}
		if (!Files.isRegularFile(file)) {
			throw new IOException(file + ": no such file");
		}
		if (Files.size(file) == 0) {
			throw new IOException(file + ": is empty; a JSON report ({\"hosts\":[...]}) was expected");
		}
		int count = 0;
		try {
			for (HostDiagnosis host : this) {
				each.accept(host);
				count++;
			}
		} catch (UncheckedIOException e) {
			if (e.getCause() instanceof CharacterCodingException) {
				throw new IOException(file + ": is not UTF-8 text (binary?); a JSON report was expected", e);
			}
			throw e.getCause();
		} catch (RuntimeException e) {
			throw new IOException(file + ": not an RDP Doctor JSON report ({\"hosts\":[...]}): " + e.getMessage(), e);
		}
		return count;
	}

	@Override
	public Iterator<HostDiagnosis> iterator() {
		try {
			Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
			JsonReader json = new JsonReader(in);
			json.beginObject();
			while (json.hasNext() && !json.nextName().equals("hosts")) { // skip to the hosts
				json.skipValue();
			}
			if (json.peek() != JsonToken.BEGIN_ARRAY) {
				in.close();
				throw new IOException(file + ": no \"hosts\" array");
			}
			json.beginArray();
			return new Iterator<>() {
				@Override
				public boolean hasNext() {
					try {
						boolean more = json.hasNext();
						if (!more) {
							in.close();
						}
						return more;
					} catch (IOException e) {
						throw new UncheckedIOException(file + ": " + e.getMessage(), e);
					}
				}

				@Override
				public HostDiagnosis next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					return HostJson.read(JsonParser.parseReader(json).getAsJsonObject());
				}
			};
		} catch (IOException e) {
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}
}
