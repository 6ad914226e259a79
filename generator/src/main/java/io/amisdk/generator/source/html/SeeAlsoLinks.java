package io.amisdk.generator.source.html;

import io.amisdk.generator.model.SeeAlso;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a See Also list. The site links each reference to its section's page
 * ({@code …/AMI_Events/OriginateResponse}), so the section gives the reference's type.
 */
final class SeeAlsoLinks {
    private static final Map<String, String> SECTION_TYPES = Map.of(
            "AMI_Actions", "manager",
            "AMI_Events", "managerEvent",
            "Dialplan_Applications", "application",
            "Dialplan_Functions", "function",
            "AGI_Commands", "agi",
            "Module_Configuration", "configInfo",
            "Modules", "module");

    /** A reference with a module ({@code <ref module="res_pjsip_registrar">}) gets "_module" appended to its link. */
    private static final Pattern MODULE_SUFFIX =
            Pattern.compile("_((?:app|bridge|cdr|cel|chan|codec|format|func|pbx|res)_[A-Za-z0-9_]+)$");

    private SeeAlsoLinks() {
    }

    static List<SeeAlso> read(List<Element> content) {
        List<SeeAlso> out = new ArrayList<>();
        for (Element list : content) {
            for (Element li : list.select("li")) {
                Element a = li.selectFirst("a[href]");
                if (a == null) {
                    String text = li.text().replace("{{", "").replace("}}", "").strip();
                    if (!text.isEmpty()) {
                        out.add(new SeeAlso("link", text));
                    }
                    continue;
                }
                out.add(of(a.attr("href"), a.text()));
            }
        }
        return out;
    }

    private static SeeAlso of(String href, String text) {
        String[] segments = href.replaceFirst("[?#].*$", "").replaceAll("/+$", "").split("/");
        for (int i = segments.length - 2; i >= 0; i--) {
            String type = SECTION_TYPES.get(segments[i]);
            if (type != null) {
                String target = MODULE_SUFFIX.matcher(URLDecoder.decode(segments[i + 1], StandardCharsets.UTF_8))
                        .replaceFirst("");
                // the site writes spaces in names as underscores; only AGI command names have spaces
                return new SeeAlso(type, type.equals("agi") ? target.replace('_', ' ') : target);
            }
        }
        return new SeeAlso("link", text.strip());
    }
}
