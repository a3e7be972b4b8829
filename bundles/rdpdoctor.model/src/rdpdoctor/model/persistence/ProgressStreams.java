package rdpdoctor.model.persistence;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;

/** Streams that count the bytes passing through them and ask a {@link StoreProgress} whether to go on. */
final class ProgressStreams {

	private static final int REPORT_EVERY = 1 << 16;

	private ProgressStreams() {
	}

	static InputStream counting(InputStream in, StoreProgress progress) {
		return new FilterInputStream(in) {
			private final Counter counter = new Counter(progress);

			@Override
			public int read() throws IOException {
				int b = super.read();
				counter.add(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				counter.add(Math.max(n, 0));
				return n;
			}
		};
	}

	static OutputStream counting(OutputStream out, StoreProgress progress) {
		return new FilterOutputStream(out) {
			private final Counter counter = new Counter(progress);

			@Override
			public void write(int b) throws IOException {
				out.write(b);
				counter.add(1);
			}

			@Override
			public void write(byte[] buffer, int offset, int length) throws IOException {
				out.write(buffer, offset, length);
				counter.add(length);
			}
		};
	}

	/** Bytes so far; asks the progress at every {@link #REPORT_EVERY} bytes. */
	private static final class Counter {
		private final StoreProgress progress;
		private long bytes;
		private long nextReport = REPORT_EVERY;

		Counter(StoreProgress progress) {
			this.progress = progress;
		}

		void add(int n) {
			bytes += n;
			if (bytes >= nextReport) {
				nextReport = bytes + REPORT_EVERY;
				if (!progress.proceed(bytes)) {
					throw new CancellationException("stopped after " + bytes + " bytes");
				}
			}
		}
	}
}
