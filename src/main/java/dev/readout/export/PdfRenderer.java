package dev.readout.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns an HTML page into an archival, tagged PDF (PDF/A-2u, PDF/UA) with its fonts
 * embedded. The fonts ship with the application, so a PDF never depends on what the
 * machine has installed.
 * <p>
 * Parsing a 10 MB CJK font takes longer than laying out a whole summary, so fonts are
 * parsed once, into one set per renderer: a parsed font is not safe to share between
 * threads, and PDFBox's subsetter only "closes" it by closing a copy of its bytes, which
 * leaves it usable. A set is parsed when a PDF first needs it, not at start, where it
 * would delay every start for a PDF that may never be asked for. Taking a set from the
 * pool also caps rendering at half the cores, so PDFs queue rather than slow every page
 * down.
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "Noto Sans SC";

	private static final Map<Integer, String> FONT_FILES = Map.of(400, "fonts/NotoSansSC-Regular.ttf", 700,
			"fonts/NotoSansSC-Bold.ttf");

	private final int renderers = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

	/**
	 * The font sets not in use; at most {@link #renderers} exist at once. Held softly: a
	 * parsed set takes about 45 MB of heap, which the collector takes back when exports
	 * have not needed it for a while and the heap is short; the next export parses it
	 * again, as the first one did.
	 */
	private final BlockingQueue<SoftReference<Map<Integer, TrueTypeFont>>> fontSets = new ArrayBlockingQueue<>(
			this.renderers);

	private final AtomicInteger parsedSets = new AtomicInteger();

	private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * The PDF of this page; its h1 and h2 headings with ids become the document's
	 * outline, h2 under h1.
	 */
	byte[] render(String html) {
		Document page = Jsoup.parse(html);
		addOutline(page);
		Map<Integer, TrueTypeFont> fonts = takeFonts();
		try (PDDocument document = new PDDocument()) {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
				.usePDDocument(document)
				.usePdfAConformance(PdfAConformance.PDFA_2_U)
				.usePdfUaAccessibility(true)
				.useColorProfile(this.colourProfile)
				.withProducer("Readout")
				.withW3cDocument(new W3CDom().fromJsoup(page), "/")
				.toStream(pdf);
			for (Map.Entry<Integer, TrueTypeFont> font : fonts.entrySet()) {
				builder.useFont(new PDFontSupplier(PDType0Font.load(document, font.getValue(), true)), FONT_FAMILY,
						font.getKey(), FontStyle.NORMAL, true);
			}
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.fontSets.add(new SoftReference<>(fonts));
		}
	}

	private Map<Integer, TrueTypeFont> takeFonts() {
		SoftReference<Map<Integer, TrueTypeFont>> idle = this.fontSets.poll();
		if (idle == null) {
			if (this.parsedSets
				.getAndUpdate(parsed -> (parsed < this.renderers) ? parsed + 1 : parsed) < this.renderers) {
				return parseFonts();
			}
			try {
				idle = this.fontSets.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting to render a PDF", ex);
			}
		}
		Map<Integer, TrueTypeFont> fonts = idle.get();
		// A set the collector took back is parsed again in its place.
		return (fonts != null) ? fonts : parseFonts();
	}

	private static Map<Integer, TrueTypeFont> parseFonts() {
		Map<Integer, TrueTypeFont> set = new LinkedHashMap<>();
		FONT_FILES.forEach((weight, path) -> set.put(weight, parse(read(path))));
		return set;
	}

	/**
	 * openhtmltopdf reads bookmarks from the head; jsoup keeps unknown elements out of
	 * it, so they are added here.
	 */
	private static void addOutline(Document page) {
		Element outline = page.head().appendElement("bookmarks");
		Element parent = outline;
		for (Element heading : page.select("h1[id], h2[id]")) {
			Element bookmark = (heading.tagName().equals("h1") ? outline : parent).appendElement("bookmark")
				.attr("name", heading.text())
				.attr("href", "#" + heading.id());
			if (heading.tagName().equals("h1")) {
				parent = bookmark;
			}
		}
	}

	private static TrueTypeFont parse(byte[] font) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read a font shipped with the application", ex);
		}
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path + " from the application", ex);
		}
	}

}
