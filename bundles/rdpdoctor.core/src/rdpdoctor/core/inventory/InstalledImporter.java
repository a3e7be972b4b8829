package rdpdoctor.core.inventory;

/**
 * An importer as contributed to {@code rdpdoctor.core.importers}.
 *
 * @param id       its id
 * @param name     its name for people
 * @param importer the instance
 */
public record InstalledImporter(String id, String name, IInventoryImporter importer) {
}
