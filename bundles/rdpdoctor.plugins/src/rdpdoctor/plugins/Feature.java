package rdpdoctor.plugins;

/**
 * A feature (or another installable root) of the product or of an update site.
 *
 * @param id        the feature's id, without p2's {@code .feature.group} suffix
 * @param version   its version
 * @param name      its label, as its provider wrote it (untrusted text)
 * @param category  the update site's category it is listed under, empty when none or installed
 * @param installed whether this product has it installed (as a root: installed by itself, not through another)
 */
public record Feature(String id, String version, String name, String category, boolean installed) {
}
