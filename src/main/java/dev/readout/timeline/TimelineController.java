package dev.readout.timeline;

import java.util.Arrays;
import java.util.Locale;

import dev.readout.web.ThisRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

	private final Timeline timeline;

	private final TimelineFacets facets;

	private final CompactList compactList;

	TimelineController(Timeline timeline, TimelineFacets facets, CompactList compactList) {
		this.timeline = timeline;
		this.facets = facets;
		this.compactList = compactList;
	}

	/**
	 * The timeline, filtered by the query parameters. A filter that cannot be read is
	 * shown with its message and no results rather than quietly dropped, so a reader
	 * never mistakes an unfiltered list for a filtered one.
	 */
	@GetMapping("/")
	String timeline(@Valid @ModelAttribute("filter") TimelineFilter filter, BindingResult errors,
			@RequestParam(defaultValue = "NEWEST") TimelineOrder order,
			@RequestParam(required = false) TimelineCursor after,
			@RequestParam(defaultValue = "COMPACT") TimelineView view,
			@RequestParam(defaultValue = "LEVEL") AxisLanes lanes, Locale locale, Model model) {
		if (errors.hasErrors()) {
			showAsTyped(filter, errors, model);
		}
		else {
			TimelinePage page = this.timeline.page(filter, order, after);
			model.addAttribute("page", page);
			if (view == TimelineView.COMPACT) {
				model.addAttribute("rows", this.compactList.rows(page, locale));
			}
			model.addAttribute("facets", this.facets.of(filter));
		}
		model.addAttribute("order", order);
		model.addAttribute("view", view);
		model.addAttribute("views", TimelineView.values());
		model.addAttribute("lanes", lanes);
		model.addAttribute("laneChoices",
				Arrays.stream(AxisLanes.values())
					.map(choice -> new LaneChoice(choice, (choice == lanes) ? null : withLanes(choice)))
					.toList());
		return "timeline/timeline";
	}

	/** This page with the axis's lanes by another choice, everything else as it is. */
	private static String withLanes(AxisLanes lanes) {
		// Lanes by level are the default, which the address leaves out.
		return (lanes == AxisLanes.LEVEL) ? ThisRequest.without("lanes") : ThisRequest.with("lanes", lanes);
	}

	/**
	 * A choice of lanes for the axis.
	 *
	 * @param address this page with those lanes, or null for the lanes shown
	 */
	record LaneChoice(AxisLanes lanes, String address) {
	}

	/**
	 * When a value cannot be converted (a level or an id from an edited link), Spring MVC
	 * models no filter, only the errors; the page shows what could be read, with the
	 * messages.
	 */
	private static void showAsTyped(TimelineFilter filter, BindingResult errors, Model model) {
		BindingResult shown = new BeanPropertyBindingResult(filter, "filter");
		errors.getAllErrors().forEach(shown::addError);
		model.addAttribute("filter", filter);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filter", shown);
	}

}
