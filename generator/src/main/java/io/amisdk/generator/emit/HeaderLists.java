package io.amisdk.generator.emit;

import io.amisdk.generator.model.ParameterDef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Picks the headers a generated type gets members for. */
final class HeaderLists {
    private HeaderLists() {
    }

    /**
     * The headers in document order, without those the type handles itself, and each name once
     * (ignoring case, as Asterisk does): a docs entry listing a header twice gets one member for it.
     */
    static List<ParameterDef> distinct(List<ParameterDef> headers, Set<String> handledElsewhereLowerCase) {
        Set<String> seen = new HashSet<>(handledElsewhereLowerCase);
        Predicate<ParameterDef> firstOfItsName = h -> seen.add(h.name().toLowerCase(Locale.ROOT));
        return headers.stream().filter(firstOfItsName).toList();
    }
}
