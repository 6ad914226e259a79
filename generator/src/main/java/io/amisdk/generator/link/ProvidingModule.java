package io.amisdk.generator.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The module that provides an entry, from the {@code module} attributes its definitions carry. Two things in
 * the docs are not the name of the module Asterisk loads:
 * <ul>
 * <li>A source file outside a directory named for its module is documented under the file's own name:
 * {@code res/parking/parking_manager.c} as {@code parking_manager}, though it is built into {@code res_parking}
 * (the shipped supplement says {@code res_parking} for those actions too).</li>
 * <li>A source built several ways documents its entries once per build: the voicemail actions under
 * {@code app_voicemail_imap}, {@code app_voicemail_odbc} and {@code app_voicemail}, in that order. The module
 * the others are variants of ({@code app_voicemail}, the default build) provides them, not whichever comes
 * first.</li>
 * </ul>
 * Otherwise the first module named wins, as before (VarSet: {@code app_stack}, then {@code builtin}).
 */
final class ProvidingModule {
    /** Documented name → loadable module, for the sources the docs name by file. */
    private static final Map<String, String> SOURCE_FILES = Map.of(
            "parking_manager", "res_parking",        // res/parking/parking_manager.c
            "confbridge_manager", "app_confbridge",  // apps/confbridge/confbridge_manager.c
            "sig_pri", "chan_dahdi");                // channels/sig_pri.c, linked into chan_dahdi

    private ProvidingModule() {
    }

    /** The loadable module of one documented name; null stays null. */
    static String of(String documented) {
        return documented == null ? null : SOURCE_FILES.getOrDefault(documented, documented);
    }

    /**
     * The module providing an entry whose definitions name these modules, in document order (nulls skipped):
     * the one every other is a variant of ({@code app_voicemail} for {@code app_voicemail_imap}), else the first;
     * null when none names one.
     */
    static String of(List<String> documented) {
        List<String> modules = new ArrayList<>(documented.size());
        for (String d : documented) {
            String m = of(d);
            if (m != null && !modules.contains(m)) {
                modules.add(m);
            }
        }
        for (String base : modules) {
            boolean baseOfAll = true;
            for (String other : modules) {
                baseOfAll &= other.equals(base) || other.startsWith(base + "_");
            }
            if (baseOfAll) {
                return base;
            }
        }
        return modules.isEmpty() ? null : modules.get(0);
    }
}
