package rdpdoctor.core.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a batch run's diagnoses in one format; contributed through the extension point
 * {@code rdpdoctor.core.reportFormats}. Implementations stream: they may read {@link ReportInput#hosts()} more than
 * once but should not keep every host in memory.
 */
public interface IReportFormat {

	/**
	 * @param input the run and its hosts
	 * @param out   where the report goes; not closed by the format
	 * @throws IOException when writing fails
	 */
	void write(ReportInput input, OutputStream out) throws IOException;
}
