package dev.readout.source;

import java.util.List;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An article on record: its text pasted or read from a file, its own page with what cites
 * it, and its address compared by what names the article.
 */
@PageTest
@Transactional
class ArticleTests {

	private static final String STORY = """
			Two delegations met in Reykjavik on Tuesday to talk about fishing quotas.

			The talks lasted four hours, officials said.""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeededRecord seeded;

	@Test
	void keepsAnArticlesTextAndShowsItOnTheSourcesOwnPage() {
		MvcTestResult saved = create("Fishing talks in Reykjavik", "https://example.org/news/fishing", STORY);

		assertThat(saved).hasStatus(302).redirectedUrl().matches("/sources/\\d+");
		Document page = Pages.get(this.mvc, saved.getResponse().getRedirectedUrl());
		assertThat(page.select("h1").text()).isEqualTo("Fishing talks in Reykjavik");
		assertThat(page.select(".article-text").text()).contains("The talks lasted four hours, officials said.");
		assertThat(page.text()).contains("Nothing on record cites this source yet.");
	}

	@Test
	void findsArticlesByTheirTextInEnglishAndChinese() {
		create("Fishing talks in Reykjavik", "", STORY + "\n\n两国代表团讨论了渔业配额。");

		assertThat(Pages.get(this.mvc, "/search?q=quota").select("#hits-sources + ol li").eachText()).singleElement()
			.satisfies(hit -> assertThat(hit).startsWith("Fishing talks in Reykjavik").contains("quotas"));
		assertThat(Pages.get(this.mvc, "/search?q=渔业配额").select("#hits-sources + ol li").text())
			.contains("Fishing talks in Reykjavik");
	}

	@Test
	void findsACopyOfAnArticleOnRecordAndLeavesAnIndependentReportAlone() {
		var corpus = CopyCorpus.texts();
		long original = id(create("Fishing deal (original)", "", corpus.get(0).text()));
		long independent = id(create("Fishing deal (another outlet)", "", corpus.get(3).text()));
		long copy = id(create("Fishing deal (reworded)", "", corpus.get(1).text()));

		Document page = Pages.get(this.mvc.get().uri("/sources/" + copy).with(analyst()));
		assertThat(page.select(".candidates li").eachText()).singleElement()
			.satisfies(candidate -> assertThat(candidate).startsWith("Fishing deal (original)")
				.contains("% alike", "Quoted words both hold: “a fair catch for both coasts”"));
		assertThat(page.select(".candidates a").eachAttr("href")).contains("/sources/" + original)
			.doesNotContain("/sources/" + independent);

		// The analyst confirms: the form opens with the copy marked, and saving keeps it.
		String confirm = page.select(".candidates a[href*=copyOf]").attr("href");
		Document form = Pages.get(this.mvc.get().uri(confirm).with(analyst()));
		var values = Pages.formValues(form.selectFirst("form[action$=" + copy + "]"));
		assertThat(values.getFirst("copyOfId")).isEqualTo(String.valueOf(original));
		assertThat(this.mvc.post().uri("/sources/" + copy).with(csrf()).with(analyst()).params(values)).hasStatus(302);
		assertThat(this.jdbc.sql("select copy_of_id from source where id = ?").param(copy).query(Long.class).single())
			.isEqualTo(original);

		// Confirmed, the two count as one source: neither page proposes the other again,
		// and the original's page does not offer to mark it a copy of itself.
		for (long source : List.of(copy, original)) {
			assertThat(Pages.get(this.mvc.get().uri("/sources/" + source).with(analyst())).select(".candidates li"))
				.as("candidates on %d's page", source)
				.isEmpty();
		}
	}

	@Test
	void startsAContactFromAnArticleWithTheOfficialsItNamesAndTheDateItGives() {
		MvcTestResult created = this.mvc.post()
			.uri("/sources")
			.with(csrf())
			.with(analyst())
			.param("label", "Talks in Beijing")
			.param("publishedOn", "2023-06-19")
			.param("text",
					"Mr. Wang received the American visitor on Sunday. Antony J. Blinken later met 习近平 for "
							+ "half an hour, and Mr. Wang said the talks had been candid.")
			.exchange();
		long article = id(created);
		Document source = Pages.get(this.mvc.get().uri("/sources/" + article).with(analyst()));
		String start = source.select("a:contains(Start a contact from this article)").attr("href");

		Document form = Pages.get(this.mvc.get().uri(start).with(analyst()));

		assertThat(form.select(".notice").text()).contains("Filled in from the article", "Talks in Beijing");
		// Published on Monday 19 June: "on Sunday" is the 18th.
		assertThat(form.getElementById("date").val()).isEqualTo("2023-06-18");
		var values = Pages.formValues(form.selectFirst("main form[method=post]"));
		assertThat(values.get("participants[0].officialId"))
			.containsExactly(String.valueOf(this.seeded.official("Wang Yi")));
		assertThat(values.get("participants[1].officialId"))
			.containsExactly(String.valueOf(this.seeded.official("Antony J. Blinken")));
		assertThat(values.get("participants[2].officialId"))
			.containsExactly(String.valueOf(this.seeded.official("Xi Jinping")));
		assertThat(values.get("participants[1].side")).containsExactly("US");
		assertThat(values.get("sourceIds")).containsExactly(String.valueOf(article));
	}

	@Test
	void readsAnOfficialsAliasAsNamingThem() {
		long blinken = this.seeded.official("Antony J. Blinken");
		Document edit = Pages.get(this.mvc.get().uri("/officials/" + blinken + "/edit").with(analyst()));
		var values = Pages.formValues(edit.selectFirst("main form[method=post]"));
		values.set("aliases", "Tony Blinken\n  \nAmerica's top diplomat ");
		assertThat(this.mvc.post().uri("/officials/" + blinken).with(csrf()).with(analyst()).params(values))
			.hasStatus3xxRedirection();
		assertThat(
				this.jdbc.sql("select aliases from official where id = ?").param(blinken).query(String.class).single())
			.isEqualTo("Tony Blinken\nAmerica's top diplomat");
		assertThat(Pages.get(this.mvc, "/officials/" + blinken).select(".aliases").text())
			.isEqualTo("Also known as Tony Blinken · America's top diplomat");
		assertThat(this.mvc.get().uri("/api/v1/officials/" + blinken)).bodyJson()
			.extractingPath("$.aliases")
			.asArray()
			.containsExactly("Tony Blinken", "America's top diplomat");

		long article = id(create("Arrival", "", "Tony Blinken arrived in the capital on a grey morning."));
		Document source = Pages.get(this.mvc.get().uri("/sources/" + article).with(analyst()));
		Document form = Pages.get(this.mvc.get()
			.uri(source.select("a:contains(Start a contact from this article)").attr("href"))
			.with(analyst()));
		assertThat(Pages.formValues(form.selectFirst("main form[method=post]")).get("participants[0].officialId"))
			.containsExactly(String.valueOf(blinken));
	}

	@Test
	void addsAStatementFromAnArticleWithTheWordsItQuotesAndTheirSpeakers() {
		long article = id(this.mvc.post()
			.uri("/sources")
			.with(csrf())
			.with(analyst())
			.param("label", "Talks go on")
			.param("publishedOn", "2023-06-19")
			.param("text", "After the talks Wang Yi told reporters that “dialogue is better than confrontation "
					+ "for both of our countries.”\n\nLater, Blinken said: \"We will keep the channels of "
					+ "communication open.\" Others were not so sure: “nothing has changed at all,” one guest said.")
			.exchange());
		long meeting = this.seeded.meeting("Blinken visit to Beijing (postponed)");
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (?, ?)")
			.params(meeting, article)
			.update();
		Document source = Pages.get(this.mvc.get().uri("/sources/" + article).with(analyst()));
		String add = source.select("a:contains(Add a statement from this article)").attr("href");
		assertThat(add).isEqualTo("/meetings/" + meeting + "/readouts/new?fromSource=" + article);

		Document form = Pages.get(this.mvc.get().uri(add).with(analyst()));

		assertThat(form.select(".notice").text()).contains("Filled in from the article", "Talks go on");
		assertThat(form.select(".quotations li").eachText()).containsExactly(
				"dialogue is better than confrontation for both of our countries. — Wang Yi",
				"We will keep the channels of communication open. — Antony J. Blinken",
				"nothing has changed at all, — speaker not named");
		var values = Pages.formValues(form.selectFirst("main form[method=post]"));
		assertThat(values.get("side")).as("the first speaker's side").containsExactly("CN");
		assertThat(values.get("publishedOn")).containsExactly("2023-06-19");
		assertThat(values.get("sourceIds")).containsExactly(String.valueOf(article));
		assertThat(form.getElementById("body").text())
			.startsWith("Wang Yi: “dialogue is better than confrontation for both of our countries.”")
			.contains("Antony J. Blinken: “We will keep the channels of communication open.”");
	}

	@Test
	void citesAPassageOfTheTextAndFlagsItWhenTheTextNoLongerHoldsIt() {
		long article = id(create("Talks in June", "", "The two ministers met for five hours.\nThey agreed to keep "
				+ "talking and to meet again in Washington.\nNo date was set."));
		long meeting = this.seeded.meeting("Blinken visit to Beijing (postponed)");
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (?, ?)")
			.params(meeting, article)
			.update();

		MvcTestResult refused = citePassage(article, "MEETING:" + meeting, "They agreed to meet in Beijing.");
		// The page shows these next to the field (ArticleBrowserTests, through a real
		// session).
		Map<String, Object> refusal = refused.getMvcResult().getFlashMap();
		assertThat(refusal).extractingByKeys("passageProblem", "passageTyped")
			.containsExactly("source.passage.notInText", "They agreed to meet in Beijing.");
		Object notCiting = citePassage(article, "MEETING:999999", "They agreed to keep talking").getMvcResult()
			.getFlashMap()
			.get("passageProblem");
		assertThat(notCiting).isEqualTo("source.passage.notCiting");
		assertThat(passages(article)).isZero();

		assertThat(citePassage(article, "MEETING:" + meeting, "They agreed to keep   talking and\nto meet again"))
			.hasStatus3xxRedirection();
		assertThat(passages(article)).isOne();
		Document source = Pages.get(this.mvc.get().uri("/sources/" + article).with(analyst()));
		assertThat(source.select(".article-text mark").text())
			.isEqualTo("They agreed to keep talking and to meet again");
		Document page = Pages.get(this.mvc.get().uri("/meetings/" + meeting));
		assertThat(page.select(".sources .passages blockquote").text())
			.isEqualTo("They agreed to keep talking and to meet again cited for the meeting");

		this.jdbc
			.sql("update source_text set text = 'The two ministers met for five hours. Nothing was agreed.' "
					+ "where source_id = ?")
			.param(article)
			.update();
		assertThat(Pages.get(this.mvc.get().uri("/meetings/" + meeting))
			.select(".sources .passages blockquote.gone")
			.text()).contains("no longer in the article's text");
	}

	private MvcTestResult citePassage(long article, String citedBy, String passage) {
		return this.mvc.post()
			.uri("/sources/" + article + "/passages")
			.with(csrf())
			.with(analyst())
			.param("citedBy", citedBy)
			.param("passage", passage)
			.exchange();
	}

	private long passages(long article) {
		return this.jdbc.sql("select count(*) from cited_passage where source_id = ?")
			.param(article)
			.query(Long.class)
			.single();
	}

	@Test
	void anEditionIsMarkedAsAnotherEditionAndStillCountsAsItsOriginal() {
		var corpus = CopyCorpus.texts();
		long original = id(create("Quake call (first edition)", "", corpus.get(10).text()));
		long edition = id(create("Quake call (updated)", "", corpus.get(12).text()));
		Document page = Pages.get(this.mvc.get().uri("/sources/" + edition).with(analyst()));
		String mark = page.select(".candidates a:contains(another edition)").attr("href");

		Document form = Pages.get(this.mvc.get().uri(mark).with(analyst()));
		var values = Pages.formValues(form.selectFirst("form[action$=" + edition + "]"));
		assertThat(values.getFirst("copyOfId")).isEqualTo(String.valueOf(original));
		assertThat(values.getFirst("copyKind")).isEqualTo("EDITION");
		assertThat(this.mvc.post().uri("/sources/" + edition).with(csrf()).with(analyst()).params(values))
			.hasStatus(302);

		assertThat(Pages.get(this.mvc, "/sources/" + edition).select(".copy-of").text())
			.isEqualTo("Another edition of Quake call (first edition)");
		assertThat(Pages.get(this.mvc, "/sources").getElementById("source-" + edition).text())
			.contains("another edition of “Quake call (first edition)”, counted as that source");
	}

	@Test
	void aPairTheAnalystJudgedIndependentIsNotProposedAgain() {
		var corpus = CopyCorpus.texts();
		long original = id(create("Ports deal (original)", "", corpus.get(5).text()));
		long copy = id(create("Ports deal (reworded)", "", corpus.get(6).text()));
		Document page = Pages.get(this.mvc.get().uri("/sources/" + copy).with(analyst()));
		assertThat(page.select(".candidates li")).hasSize(1);

		MvcTestResult judged = this.mvc.post()
			.uri("/sources/" + copy + "/independent-of/" + original)
			.with(csrf())
			.with(analyst())
			.exchange();

		assertThat(judged).hasStatus(302).redirectedUrl().isEqualTo("/sources/" + copy);
		assertThat(Pages.get(this.mvc, "/sources/" + copy).select(".candidates li")).isEmpty();
		assertThat(Pages.get(this.mvc, "/sources/" + original).select(".candidates li")).isEmpty();
		assertThat(this.jdbc.sql("""
				select actor from audit_event where subject_type = 'SOURCE' and subject_id = ?
				and (after_values ->> 'independentOf')::bigint = ?""")
			.params(copy, original)
			.query(String.class)
			.list()).containsExactly("analyst1");
	}

	private static long id(MvcTestResult created) {
		assertThat(created).hasStatus(302);
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	@Test
	void aSourceAddedFromAStatementsFormKeepsItsText() {
		assertThat(this.mvc.post()
			.uri("/meetings/" + this.seeded.munichMeeting() + "/readouts")
			.with(csrf())
			.with(analyst())
			.param("side", "US")
			.param("issuingBody", "Department of State")
			.param("title", "The Secretary's meeting in Munich")
			.param("newSource.label", "Munich report")
			.param("newSource.text", STORY)).hasStatus(302);

		long source = this.jdbc.sql("select id from source where label = 'Munich report'").query(Long.class).single();
		assertThat(Pages.get(this.mvc, "/sources/" + source).select(".article-text").text())
			.contains("The talks lasted four hours");
	}

	@Test
	void listsWhatOnTheRecordCitesASource() {
		Document page = Pages.get(this.mvc, "/sources/" + this.seeded.xiMeetingReport());
		assertThat(page.select("#citing-heading + ul li").eachText()).contains("Meeting: Blinken – Xi Jinping meeting",
				"Agreement: Resume military-to-military communication", "Channel: Defence and military");
		assertThat(page.text()).contains("The article's text is not on record.");
	}

	@Test
	void anAddressOnRecordInAnotherSpellingIsTheSameSource() {
		assertThat(create("Fishing talks", "https://example.org/news/fishing", "")).hasStatus(302);

		Document refused = Pages
			.parse(create("Fishing talks again", "HTTP://WWW.Example.org/news/fishing/?utm_source=feed#top", ""));

		assertThat(refused.getElementById("url").closest(".field").text())
			.contains("This address is already on record as “Fishing talks”.");
	}

	@Test
	void aTextOfMoreThanOneMegabyteIsRefusedNextToItAndNothingIsSaved() {
		long sources = count();
		Document refused = Pages.parse(create("Too long", "", "汉".repeat(400_000)));
		assertThat(refused.getElementById("text").closest(".field").text()).contains("larger than 1 MB");
		assertThat(count()).isEqualTo(sources);
	}

	@Test
	void readsAWebPageIntoTheFormWithItsOwnMetadataAndWithoutItsScripts() {
		String html = """
				<html><head><title>Site | Fishing</title>
				<meta property="og:title" content="Fishing talks end without a deal">
				<meta property="og:site_name" content="Example News">
				<meta property="article:published_time" content="2023-06-19T08:30:00+01:00">
				<script>document.title = 'hijacked'</script><style>p { color: red }</style></head>
				<body><nav>Home · World</nav><article><h1>Fishing talks end without a deal</h1>
				<p>Two delegations met in Reykjavik.</p><p>They will meet again in May.</p></article></body></html>""";
		long sources = count();

		Document form = Pages.parse(upload("story.html", html.getBytes(StandardCharsets.UTF_8)));

		assertThat(form.getElementById("label").val()).isEqualTo("Fishing talks end without a deal");
		assertThat(form.getElementById("publisher").val()).isEqualTo("Example News");
		assertThat(form.getElementById("publishedOn").val()).isEqualTo("2023-06-19");
		assertThat(form.getElementById("text").text())
			.contains("Two delegations met in Reykjavik.", "They will meet again in May.")
			.doesNotContain("hijacked", "color: red", "Home · World");
		assertThat(count()).as("nothing saved before the analyst saves").isEqualTo(sources);
	}

	@Test
	void readsAnArticleForwardedAsEmail() {
		String eml = """
				From: Example News <news@example.org>
				To: desk@example.org
				Subject: Fishing talks end without a deal
				Date: Mon, 19 Jun 2023 09:15:00 +0000
				MIME-Version: 1.0
				Content-Type: multipart/alternative; boundary="b1"

				--b1
				Content-Type: text/plain; charset=UTF-8

				Two delegations met in Reykjavik.

				They will meet again in May.
				--b1
				Content-Type: text/html; charset=UTF-8

				<p>Two delegations met in Reykjavik.</p><script>alert(1)</script>
				--b1--
				""".replace("\n", "\r\n");

		Document form = Pages.parse(upload("story.eml", eml.getBytes(StandardCharsets.UTF_8)));

		assertThat(form.getElementById("label").val()).isEqualTo("Fishing talks end without a deal");
		assertThat(form.getElementById("publisher").val()).isEqualTo("Example News");
		assertThat(form.getElementById("publishedOn").val()).isEqualTo("2023-06-19");
		assertThat(form.getElementById("text").text()).contains("Two delegations met in Reykjavik.",
				"They will meet again in May.");
	}

	@Test
	void refusesAFileThatIsNotTextOrOfAnotherKind() {
		Document binary = Pages.parse(upload("story.txt", new byte[] { 'a', 0, (byte) 0xff, 'b' }));
		assertThat(binary.select(".article-file .field-error").text()).contains("The file is not text");

		Document pdf = Pages.parse(upload("story.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
		assertThat(pdf.select(".article-file .field-error").text())
			.contains("Readout reads .txt, .html and .eml files.");
	}

	@Test
	void aChangeOfTextIsAChangeOfTheSourceWithItsVersionAndAuditLine() {
		MvcTestResult saved = create("Fishing talks", "", STORY);
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		Document edit = Pages.get(this.mvc.get().uri("/sources/" + id + "/edit").with(analyst()));
		var values = Pages.formValues(edit.selectFirst("form[action$=" + id + "]"));
		assertThat(values.getFirst("text")).contains("four hours");
		values.set("text", STORY.replace("four hours", "five hours"));

		assertThat(this.mvc.post().uri("/sources/" + id).with(csrf()).with(analyst()).params(values)).hasStatus(302);

		assertThat(this.jdbc.sql("select text from source_text where source_id = ?")
			.param(id)
			.query(String.class)
			.single()).contains("five hours");
		assertThat(this.jdbc.sql("select version from source where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where subject_type = 'SOURCE' and subject_id = ? and action = 'UPDATE'
				and (before_values ->> 'textSha256') <> (after_values ->> 'textSha256')""")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private MvcTestResult create(String label, String url, String text) {
		return this.mvc.post()
			.uri("/sources")
			.with(csrf())
			.with(analyst())
			.param("label", label)
			.param("url", url)
			.param("text", text)
			.exchange();
	}

	private MvcTestResult upload(String filename, byte[] content) {
		return this.mvc.post()
			.multipart()
			.uri("/sources/new/file")
			.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
			.with(csrf())
			.with(analyst())
			.exchange();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from source").query(Long.class).single();
	}

}
