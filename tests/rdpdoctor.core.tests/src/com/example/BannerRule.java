package com.example;

import java.util.List;

import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.Severity;

/** The rule of rules.exsd's example and of the README's guide. */
public class BannerRule implements IRule {
	@Override
	public List<Finding> evaluate(RuleContext context) {
		return context.outcome("com.example.banner").filter(o -> o.text("banner").orElse("").isEmpty())
				.map(o -> List.of(Finding.of("BANNER_MISSING", Severity.WARNING).title("No banner")
						.explanation("The host shows no banner (evidence com.example.banner.banner).")
						.evidence("com.example.banner.banner").build()))
				.orElse(List.of());
	}
}
