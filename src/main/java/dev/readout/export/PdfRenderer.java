package dev.readout.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Semaphore;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns an HTML page into an archival, tagged PDF (PDF/A-2u, PDF/UA) with its fonts
 * embedded. The fonts ship with the application, so a PDF never depends on what the
 * machine has installed; they are read once and kept in memory.
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "Noto Sans SC";

	private final Map<Integer, byte[]> fontsByWeight;

	private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * Rendering is CPU-bound: at most half the cores render at once, so PDFs queue rather
	 * than slow every page down.
	 */
	private final Semaphore renderers = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
			true);

	PdfRenderer() {
		this.fontsByWeight = Map.of(400, read("fonts/NotoSansSC-Regular.ttf"), 700, read("fonts/NotoSansSC-Bold.ttf"));
	}

	/**
	 * The PDF of this page; its h1 and h2 headings with ids become the document's
	 * outline, h2 under h1.
	 */
	byte[] render(String html) {
		Document page = Jsoup.parse(html);
		addOutline(page);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.usePdfAConformance(PdfAConformance.PDFA_2_U)
			.usePdfUaAccessibility(true)
			.useColorProfile(this.colourProfile)
			.withProducer("Readout")
			.withW3cDocument(new W3CDom().fromJsoup(page), "/")
			.toStream(pdf);
		this.fontsByWeight.forEach((weight, font) -> builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY,
				weight, FontStyle.NORMAL, true));
		try {
			this.renderers.acquire();
			try {
				builder.run();
			}
			finally {
				this.renderers.release();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to render a PDF", ex);
		}
		return pdf.toByteArray();
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

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path + " from the application", ex);
		}
	}

}
