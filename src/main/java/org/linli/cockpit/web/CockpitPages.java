package org.linli.cockpit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.cases.CaseStatistics.Period;
import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The leader's cockpit for an area in the viewer's scope (their street by default) and a
 * period. The counts, charts, overdue list and department load come back as one partial
 * every minute (htmx polling); the map reads the grid load and the open concerns as JSON.
 * An area outside the scope is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'DISPATCHER', 'ADMIN')")
class CockpitPages {

	private final CockpitViews views;

	private final Areas areas;

	private final Messages messages;

	private final int refreshSeconds;

	CockpitPages(CockpitViews views, Areas areas, Messages messages,
			@Value("${linli.cockpit.refresh-seconds:60}") int refreshSeconds) {
		this.views = views;
		this.areas = areas;
		this.messages = messages;
		this.refreshSeconds = refreshSeconds;
	}

	record AreaOption(String code, String label) {
	}

	@GetMapping("/cockpit")
	String cockpit(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
			Model model, HttpServletResponse response) {
		Area shown = area(area);
		CockpitPeriod chosen = CockpitPeriod.DEFAULT;
		if (period != null && !period.isBlank()) {
			chosen = CockpitPeriod.ofParam(period).orElse(null);
			if (chosen == null) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute("periodError", this.messages.get("cockpit.error.period", period));
				chosen = CockpitPeriod.DEFAULT;
			}
		}
		addFigures(model, shown, chosen);
		model.addAttribute("areaOptions", areaOptions(shown));
		model.addAttribute("periods", CockpitPeriod.values());
		model.addAttribute("refreshSeconds", this.refreshSeconds);
		return "cockpit/cockpit";
	}

	/** The counts, charts and lists, for the page's polling. */
	@GetMapping("/cockpit/refresh")
	String refresh(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
			Model model) {
		Area shown = area(area);
		CockpitPeriod chosen = (period != null) ? CockpitPeriod.ofParam(period).orElse(CockpitPeriod.DEFAULT)
				: CockpitPeriod.DEFAULT;
		addFigures(model, shown, chosen);
		model.addAttribute("refreshSeconds", this.refreshSeconds);
		return "cockpit/refresh";
	}

	@GetMapping(path = "/cockpit/grid-load", produces = "application/json")
	@ResponseBody
	Map<String, Object> gridLoad(@RequestParam(required = false) String area) {
		return this.views.gridLoads(area(area).code());
	}

	@GetMapping(path = "/cockpit/concerns.geojson", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> concerns(@RequestParam(required = false) String area) {
		return this.views.concerns(area(area).code());
	}

	private void addFigures(Model model, Area shown, CockpitPeriod chosen) {
		Period range = chosen.at(this.views.now());
		model.addAttribute("area", shown);
		model.addAttribute("period", chosen);
		model.addAttribute("range", range);
		model.addAttribute("periodLabel", this.messages.get("cockpit.period." + chosen.name()));
		model.addAttribute("figures", this.views.figures(shown.code(), range));
	}

	/**
	 * The area asked for, or the first area of the viewer's scope; not found when it lies
	 * outside the scope (the statistics check the same again).
	 */
	private Area area(String code) {
		Scope scope = CurrentUser.scope();
		String wanted = (code != null && !code.isBlank()) ? code.strip()
				: scope.areaCodes()
					.stream()
					.filter((candidate) -> this.areas.find(candidate).isPresent())
					.findFirst()
					.orElse(null);
		if (wanted == null || !scope.covers(wanted) || AreaLevel.ofCode(wanted).isEmpty()) {
			throw new NotFoundException("area.error.not-found", String.valueOf(code));
		}
		return this.areas.find(wanted).orElseThrow(() -> new NotFoundException("area.error.not-found", wanted));
	}

	/**
	 * The viewer's areas, each with the areas one level below a district or street (a
	 * street's communities).
	 */
	private List<AreaOption> areaOptions(Area shown) {
		List<AreaOption> options = new ArrayList<>();
		for (String code : CurrentUser.scope().areaCodes()) {
			this.areas.find(code).ifPresent((area) -> {
				options.add(new AreaOption(area.code(), area.name()));
				if (area.level() == AreaLevel.DISTRICT || area.level() == AreaLevel.STREET) {
					this.areas.children(area.code())
						.forEach((child) -> options.add(new AreaOption(child.code(),
								this.messages.get("cockpit.filter.child-area", child.name()))));
				}
			});
		}
		if (options.stream().noneMatch((option) -> option.code().equals(shown.code()))) {
			options.add(0, new AreaOption(shown.code(), shown.name()));
		}
		return options;
	}

}
