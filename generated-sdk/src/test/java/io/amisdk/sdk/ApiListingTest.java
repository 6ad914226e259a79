package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The line-22 SDK's public API, every public type and member with its type, compared with the committed
 * listing {@code api/amisdk-sdk-22.api}: a generator change that changes the SDK's API fails here until the
 * listing is updated in the same commit. Run with {@code -Damisdk.golden.update=true} to rewrite it, and
 * review its diff.
 */
class ApiListingTest {
    private static final Path LISTING = Path.of("api/amisdk-sdk-22.api");
    private static final boolean UPDATE = Boolean.getBoolean("amisdk.golden.update");

    @Test
    @DisplayName("the SDK's public API equals the committed listing")
    void apiMatchesListing() throws Exception {
        String listing = listing();
        if (UPDATE) {
            Files.writeString(LISTING, listing, StandardCharsets.UTF_8);
        }
        assertThat(LISTING).as("API listing; create it with -Damisdk.golden.update=true").exists();
        assertThat(listing).as("the SDK's API changed: review it and rewrite %s with -Damisdk.golden.update=true",
                LISTING).isEqualTo(Files.readString(LISTING, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the listing holds every class file's public type, nested ones included")
    void listingCoversEveryType() throws Exception {
        List<Class<?>> types = publicTypes();
        assertThat(types).extracting(Class::getName).contains("io.amisdk.sdk.AmiSdk",
                "io.amisdk.sdk.action.LoginAction", "io.amisdk.sdk.event.NewchannelEvent");
        assertThat(listing()).contains("class io.amisdk.sdk.action.LoginAction")
                .contains("  static LoginAction.Builder builder()");
    }

    private static String listing() throws Exception {
        StringBuilder out = new StringBuilder();
        for (Class<?> type : publicTypes()) {
            out.append(header(type)).append('\n');
            List<String> members = new ArrayList<>();
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                    members.add((f.isEnumConstant() ? "constant " : mods(f.getModifiers()) + "field ")
                            + f.getName() + " : " + name(f.getGenericType()));
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) {
                    members.add("new(" + params(c.getGenericParameterTypes()) + ")");
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add(mods(m.getModifiers()) + name(m.getGenericReturnType()) + " " + m.getName() + "("
                            + params(m.getGenericParameterTypes()) + ")");
                }
            }
            members.stream().sorted().forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }

    private static String header(Class<?> type) {
        String kind = type.isEnum() ? "enum" : type.isRecord() ? "record" : type.isInterface() ? "interface" : "class";
        StringBuilder h = new StringBuilder(kind).append(' ').append(type.getName().replace('$', '.'));
        if (type.getGenericSuperclass() != null && !type.isEnum() && !type.isRecord()
                && type.getGenericSuperclass() != Object.class) {
            h.append(" extends ").append(name(type.getGenericSuperclass()));
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            h.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(ApiListingTest::name).sorted().collect(Collectors.joining(", ")));
        }
        return h.toString();
    }

    private static String mods(int modifiers) {
        return (Modifier.isStatic(modifiers) ? "static " : "") + (Modifier.isAbstract(modifiers) ? "abstract " : "");
    }

    private static String params(Type[] types) {
        return Arrays.stream(types).map(ApiListingTest::name).collect(Collectors.joining(", "));
    }

    /** A type's name without the SDK's and the JDK's common packages, so the listing reads as Java does. */
    private static String name(Type type) {
        return type.getTypeName().replace('$', '.')
                .replaceAll("\\bio\\.amisdk\\.sdk\\.(action|event|response|type)\\.", "")
                .replaceAll("\\bio\\.amisdk\\.sdk\\.", "")
                .replaceAll("\\bjava\\.(lang|util|time)\\.", "");
    }

    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(AmiSdk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                if (relative.equals("module-info.class")) {
                    continue;
                }
                Class<?> type = Class.forName(relative.substring(0, relative.length() - ".class".length())
                        .replace('/', '.'), false, AmiSdk.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
                        && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
                    types.add(type);
                }
            }
        }
        types.sort((a, b) -> a.getName().replace('$', '.').compareTo(b.getName().replace('$', '.')));
        return types;
    }
}
