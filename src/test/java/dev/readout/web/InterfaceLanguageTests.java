package dev.readout.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import dev.readout.SignedIn;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface in English and in Simplified Chinese: chosen by the browser, switched on
 * every page, kept for the session and in the address.
 */
@PageTest
class InterfaceLanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Test
	void followsTheBrowsersLanguage() {
		Document chinese = Pages.get(this.mvc.get().uri("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"));
		assertThat(chinese.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(chinese.select("h1").text()).isEqualTo("接触时间线");
		assertThat(chinese.select("header nav").text()).contains("时间线", "官员", "协议", "渠道", "来源", "搜索");

		Document english = Pages.get(this.mvc.get().uri("/").header("Accept-Language", "fr-FR,fr;q=0.9"));
		assertThat(english.select("html").attr("lang")).isEqualTo("en-GB");
		assertThat(english.select("h1").text()).isEqualTo("Timeline of contacts");
	}

	@Test
	void switchesOnEveryPageAndKeepsTheChoiceForTheSession() {
		String meeting = this.seeded.address("/meetings/{wangYiMeeting}");
		Document english = Pages.get(this.mvc, meeting);
		assertThat(english.select("a.language").attr("href")).isEqualTo(meeting + "?lang=zh-CN");
		assertThat(english.select("a.language").text()).isEqualTo("中文");

		MvcTestResult switched = this.mvc.get().uri(meeting + "?lang=zh-CN").exchange();
		assertThat(switched).hasStatusOk();
		Cookie chosen = switched.getResponse().getCookie("readout-language");
		assertThat(chosen).isNotNull();

		Document later = Pages.get(this.mvc.get().uri("/officials").cookie(chosen));
		assertThat(later.select("h1").text()).isEqualTo("官员");
		assertThat(later.select("a.language").attr("href")).isEqualTo("/officials?lang=en-GB");
	}

	@Test
	void writesDatesTheChineseWay() {
		Document meeting = chinese("/meetings/{wangYiMeeting}");
		assertThat(meeting.text()).contains("2023年6月19日");
		// A coarse date keeps its precision: known to the month only.
		Document timeline = chinese("/?from=2020&to=2030&view=DETAILED");
		assertThat(timeline.select("time").eachText()).anyMatch(text -> text.matches("\\d{4}年\\d{1,2}月"));
	}

	@Test
	void showsOfficialsByTheirOwnNameFirst() {
		Document meeting = chinese("/meetings/{wangYiMeeting}");
		assertThat(meeting.select(".participant strong").eachText()).contains("王毅", "Antony J. Blinken");
		assertThat(meeting.select(".participant a:has(strong:containsOwn(王毅))").text()).isEqualTo("王毅 Wang Yi");
		Document english = Pages.get(this.mvc, this.seeded.address("/meetings/{wangYiMeeting}"));
		assertThat(english.select(".participant a:has(strong:containsOwn(Wang Yi))").text()).isEqualTo("Wang Yi 王毅");
	}

	@Test
	void namesTopicsAndOfficialsInChineseWhereverTheyAreListed() {
		assertThat(chinese("/meetings/{wangYiMeeting}").select(".topics").text()).contains("台湾");
		String facets = chinese("/").select(".facets").text();
		assertThat(facets).contains("台湾", "王毅").doesNotContain("Taiwan");
	}

	/**
	 * No words of the interface are left in English: every English message that the
	 * English page shows is gone from the Chinese one (names and texts on record stay as
	 * written).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/?view=DETAILED", "/?q=taiwan&from=2023-13", "/search?q=taiwan",
			"/meetings/{wangYiMeeting}", "/meetings/{wangYiMeeting}/compare", "/meetings/{wangYiMeeting}/history",
			"/officials", "/officials/{wangYi}", "/agreements", "/channels", "/sources", "/sources/{wangYiReport}",
			"/visits/{beijingVisit}", "/meetings/new", "/meetings/{wangYiMeeting}/edit",
			"/meetings/{wangYiMeeting}/readouts/new", "/readouts/{chinasReadoutOfWangYiMeeting}/edit",
			"/meetings/{qinGangTalks}/agreements/new", "/agreements/{militaryAgreement}/status",
			"/channels/{defenceChannel}/status", "/officials/new", "/sources/new", "/admin/import/historian",
			"/admin/accounts", "/admin/audit", "/admin/deleted", "/admin/import", "/login" })
	void leavesNoEnglishInTheInterface(String path) throws IOException {
		String english = signedIn(path, "en-GB").text();
		String chinese = signedIn(path, "zh-CN").text();
		List<String> left = englishMessages().stream().filter(english::contains).filter(chinese::contains).toList();
		assertThat(left).as("English interface words left on %s in Chinese", path).isEmpty();
	}

	/**
	 * Messages that are also names on record in English: the Historian's office is the
	 * publisher of sources, named as they name themselves.
	 */
	private static final Set<String> PROPER_NAMES = Set.of("historian.matches.historian");

	private Document chinese(String path) {
		return Pages.get(this.mvc.get().uri(this.seeded.address(path)).header("Accept-Language", "zh-CN"));
	}

	private Document signedIn(String path, String language) {
		return Pages.get(this.mvc.get()
			.uri(this.seeded.address(path))
			.param("lang", language)
			.with(path.startsWith("/admin") ? SignedIn.admin() : SignedIn.analyst()));
	}

	/**
	 * The English messages a page can show as they are: those without arguments, long
	 * enough not to be a name on record as well ("Taiwan" is both).
	 */
	private static List<String> englishMessages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = InterfaceLanguageTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages.stringPropertyNames()
			.stream()
			.filter(key -> !key.startsWith("format.") && !PROPER_NAMES.contains(key))
			.map(messages::getProperty)
			.filter(text -> !text.contains("{") && !text.contains("<") && text.length() >= 12)
			.toList();
	}

}
