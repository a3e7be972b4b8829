package rdpdoctor.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import rdpdoctor.model.HostStatus;

/** A coloured dot per host status (green, amber, red, purple; a grey ring for never probed), one set per display. */
public final class StatusImages {

	private static final String KEY = StatusImages.class.getName();
	private static final int SIZE = 16;

	private final Map<HostStatus, Image> images = new EnumMap<>(HostStatus.class);

	private StatusImages(Display display) {
		for (HostStatus status : HostStatus.values()) {
			images.put(status, new Image(display, dot(color(status), status == HostStatus.NEVER_PROBED)));
		}
		display.disposeExec(() -> images.values().forEach(Image::dispose));
	}

	/**
	 * @param display the display
	 * @return its images, made on first use and disposed with it
	 */
	public static StatusImages of(Display display) {
		StatusImages images = (StatusImages) display.getData(KEY);
		if (images == null) {
			images = new StatusImages(display);
			display.setData(KEY, images);
		}
		return images;
	}

	/**
	 * @param status a host status
	 * @return its dot
	 */
	public Image get(HostStatus status) {
		return images.get(status);
	}

	/**
	 * @param status a host status
	 * @return the colour that stands for it, also used by the dashboard
	 */
	public static RGB color(HostStatus status) {
		return switch (status) {
		case HEALTHY -> new RGB(46, 160, 67);
		case DEGRADED -> new RGB(214, 144, 0);
		case FAILING -> new RGB(207, 34, 46);
		case UNREACHABLE -> new RGB(130, 80, 223);
		case NEVER_PROBED -> new RGB(150, 150, 150);
		};
	}

	private static ImageData dot(RGB color, boolean ring) {
		ImageData data = new ImageData(SIZE, SIZE, 8, new PaletteData(new RGB(255, 255, 255), color));
		data.transparentPixel = 0;
		double centre = (SIZE - 1) / 2.0;
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				double d = Math.hypot(x - centre, y - centre);
				boolean inside = ring ? d <= 5.5 && d >= 3.8 : d <= 5.5;
				data.setPixel(x, y, inside ? 1 : 0);
			}
		}
		return data;
	}
}
