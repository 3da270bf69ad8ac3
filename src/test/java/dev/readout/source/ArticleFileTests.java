package dev.readout.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files an analyst uploads as an article's text, read on their own: pages in the encoding
 * they declare (Chinese news sites still declare GB2312), the page's own metadata, and
 * what is refused with its reason.
 */
class ArticleFileTests {

	@Test
	void readsAChinesePageInTheEncodingItDeclares() throws Exception {
		String page = """
				<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
				<title>王毅会见布林肯</title></head>
				<body><p>外交部长王毅在北京会见美国国务卿布林肯。</p></body></html>""";

		ArticleFile article = ArticleFile.read("wangyi.html", page.getBytes(Charset.forName("GB2312")));

		assertThat(article.headline()).isEqualTo("王毅会见布林肯");
		assertThat(article.text()).isEqualTo("外交部长王毅在北京会见美国国务卿布林肯。");
	}

	@Test
	void readsAPageWithoutADeclaredEncodingAsUtf8() throws Exception {
		String page = "<html><head><title>Talks – 会谈</title></head><body><p>Both sides met.</p></body></html>";

		ArticleFile article = ArticleFile.read("talks.htm", page.getBytes(StandardCharsets.UTF_8));

		assertThat(article.headline()).isEqualTo("Talks – 会谈");
		assertThat(article.text()).isEqualTo("Both sides met.");
	}

	@Test
	void takesTheHeadlinePublisherAndDayFromThePagesMetadataAndLeavesOutItsFurniture() throws Exception {
		String page = """
				<html><head><title>Site | Talks</title>
				<meta property="og:title" content="Talks in Beijing">
				<meta property="og:site_name" content="Wire">
				<meta property="article:published_time" content="2023-06-19T08:30:00+08:00">
				<script>alert('x')</script></head>
				<body><nav><p>Home</p></nav><article><h1>Talks in Beijing</h1><p>First.</p><p> </p><p>Second.</p>
				</article><footer><p>Copyright</p></footer></body></html>""";

		ArticleFile article = ArticleFile.read("talks.html", page.getBytes(StandardCharsets.UTF_8));

		assertThat(article.headline()).isEqualTo("Talks in Beijing");
		assertThat(article.publisher()).isEqualTo("Wire");
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2023, 6, 19));
		assertThat(article.text()).isEqualTo("Talks in Beijing\n\nFirst.\n\nSecond.");
	}

	@Test
	void leavesADateThePageWritesItsOwnWayForTheAnalyst() throws Exception {
		String page = "<html><head><meta property=\"article:published_time\" content=\"19 June 2023\"></head>"
				+ "<body><p>Text.</p></body></html>";

		assertThat(ArticleFile.read("talks.html", page.getBytes(StandardCharsets.UTF_8)).publishedOn()).isNull();
	}

	@Test
	void readsPlainTextAsItIs() throws Exception {
		ArticleFile article = ArticleFile.read("Notes.TXT",
				"  First line.\n\nSecond.  \n".getBytes(StandardCharsets.UTF_8));

		assertThat(article.text()).isEqualTo("First line.\n\nSecond.");
		assertThat(article.headline()).isNull();
	}

	@Test
	void refusesWhatItCannotReadWithItsReason() {
		assertThat(reason("empty.txt", new byte[0])).isEqualTo("source.file.empty");
		assertThat(reason("big.txt", new byte[SourceForm.MAX_TEXT_BYTES + 1])).isEqualTo("source.file.tooLarge");
		assertThat(reason("photo.txt", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 }))
			.isEqualTo("source.file.binary");
		assertThat(reason("page.html", new byte[] { '<', 'p', '>', 0x00, '<' })).isEqualTo("source.file.binary");
		assertThat(reason("report.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isEqualTo("source.file.kind");
		assertThat(reason(null, "text".getBytes(StandardCharsets.UTF_8))).isEqualTo("source.file.kind");
	}

	private static String reason(String filename, byte[] content) {
		return assertThatExceptionOfType(ArticleFile.Unreadable.class)
			.isThrownBy(() -> ArticleFile.read(filename, content))
			.actual()
			.reason();
	}

}
