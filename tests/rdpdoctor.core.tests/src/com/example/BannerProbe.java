package com.example;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;

/** The probe of probes.exsd's example and of the README's guide, as a third party would write it. */
public class BannerProbe implements IProbe {
	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		// bound every wait by context.remainingMillis(); record evidence as you see it
		report.put("banner", "").status(ProbeStatus.OK, "read the banner");
	}
}
