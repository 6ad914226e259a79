package io.amisdk.generator.source.html;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.util.List;

/**
 * What one page gave: an action, or one event per instance shown (LogChannel shows two), and the
 * problems found in it. Pages are parsed in parallel, so each keeps its own problems until the
 * reader adds them, in page order, to the run's collector.
 *
 * @param location      the page (path or URL)
 * @param actions       the page's action, or none
 * @param events        the page's event instances, or none
 * @param asteriskLine  the branch named in the page's "Generated Version" section, or null
 * @param problems      what was wrong with the page
 */
record ParsedPage(Location location, List<ActionDef> actions, List<EventDef> events, String asteriskLine, List<Problem> problems) {
    ParsedPage {
        actions = List.copyOf(actions);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /** A page that gave nothing, for this reason. */
    static ParsedPage failed(Problem problem) {
        return new ParsedPage(problem.location(), List.of(), List.of(), null, List.of(problem));
    }
}
