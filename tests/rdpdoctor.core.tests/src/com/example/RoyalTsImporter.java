package com.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;

/** The importer of importers.exsd's example: here, one host name per line of a text export. */
public class RoyalTsImporter implements IInventoryImporter {
	@Override
	public boolean accepts(Path file) {
		return file.getFileName().toString().endsWith(".rtsz");
	}

	@Override
	public ImportResult read(Path file) throws IOException {
		List<ImportedHost> hosts = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty())
				.map(name -> new ImportedHost(List.of("Royal TS"), name, "", Target.DEFAULT_RDP_PORT, "", "", List.of(),
						file.getFileName().toString()))
				.toList();
		return new ImportResult(hosts, List.of());
	}
}
