package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SiteCrawlerStartTest {
    private static final String API = "https://docs.example.test/Asterisk_22_Documentation/API_Documentation/";

    @Test
    void apiDocumentationReadsBothSections() {
        for (String url : List.of(API, API.substring(0, API.length() - 1), API + "index.html")) {
            assertThat(SiteCrawler.Start.of(URI.create(url)))
                    .isEqualTo(new SiteCrawler.Start(URI.create(API), List.of(PageKind.ACTION, PageKind.EVENT), null));
        }
    }

    @Test
    void sectionIndexReadsThatSection() {
        for (String url : List.of(API + "AMI_Events/", API + "AMI_Events", API + "AMI_Events/index.html")) {
            assertThat(SiteCrawler.Start.of(URI.create(url)))
                    .isEqualTo(new SiteCrawler.Start(URI.create(API), List.of(PageKind.EVENT), null));
        }
    }

    @Test
    void pageUrlReadsThatPage() {
        assertThat(SiteCrawler.Start.of(URI.create(API + "AMI_Actions/Login/index.html"))).isEqualTo(
                new SiteCrawler.Start(URI.create(API), List.of(PageKind.ACTION), URI.create(API + "AMI_Actions/Login/")));
    }

    @Test
    void indexLinksStayOneLevelBelowTheIndexOnTheSameServer() {
        URI index = URI.create(API + "AMI_Actions/");
        String html = "<nav><a href='../AMI_Events/Hangup/'>nav</a></nav><article>"
                + "<a href='Login/'>Login</a> <a href='Logoff/index.html'>Logoff</a> <a href='Login/'>again</a>"
                + "<a href='../AMI_Events/Hangup/'>other section</a> <a href='https://elsewhere.test/docs/AMI_Actions/Ping/'>x</a>"
                + "<a href='#top'>top</a> <a href='Ping/deeper/'>deeper</a> <a href='" + API + "AMI_Actions/Status'>abs</a></article>";
        assertThat(SiteCrawler.pageLinks(Jsoup.parse(html, index.toString()), index)).containsExactly(
                URI.create(API + "AMI_Actions/Login/"), URI.create(API + "AMI_Actions/Logoff/"),
                URI.create(API + "AMI_Actions/Status/"));
    }
}
