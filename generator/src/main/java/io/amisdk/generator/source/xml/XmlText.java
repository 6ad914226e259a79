package io.amisdk.generator.source.xml;

/** Character data (CDATA sections included). */
final class XmlText extends XmlNode {
    final String value;

    XmlText(String value) {
        this.value = value;
    }

    @Override
    XmlText copy() {
        return new XmlText(value);
    }

    @Override
    String text() {
        return value;
    }
}
