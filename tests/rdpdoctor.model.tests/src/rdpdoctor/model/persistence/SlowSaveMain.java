package rdpdoctor.model.persistence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link KilledSaveTest}: saves a large inventory through a stream that, after the first
 * bytes, says MIDWAY on stdout and then stalls, so the parent can kill the process in the middle of the save.
 */
public final class SlowSaveMain {

	private SlowSaveMain() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		InventoryStore.saveWrapped(SampleInventories.full(Integer.parseInt(args[1])), file, Stall::new);
	}

	private static final class Stall extends FilterOutputStream {
		private long written;

		Stall(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int first = (int) Math.min(len, Math.max(0, 8192 - written));
			out.write(b, off, first);
			written += first;
			if (first < len) {
				out.flush();
				System.out.println("MIDWAY");
				System.out.flush();
				try {
					Thread.sleep(120_000); // the parent kills us long before this ends
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				throw new IOException("stalled save was not killed");
			}
		}
	}
}
