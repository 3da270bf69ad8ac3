package dev.readout.export;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readout.dossier.MeetingPage;
import dev.readout.dossier.MeetingPages;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.Visit;
import dev.readout.meeting.VisitRepository;
import dev.readout.form.FormText;
import dev.readout.cache.KeptWhileUnchanged;
import dev.readout.web.NotFoundException;
import dev.readout.cache.WhileRecordUnchanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.util.StreamUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The meeting summary as a briefing note on paper: the same record as the meeting page,
 * laid out for print, with the date and time it was generated and the version of the
 * record it shows.
 */
@Service
public class SummaryPdfs {

	private static final Logger log = LoggerFactory.getLogger(SummaryPdfs.class);

	private final MeetingPages pages;

	private final MeetingRepository meetings;

	private final VisitRepository visits;

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final ConversionService conversionService;

	private final PdfRenderer renderer;

	private final Clock clock;

	/**
	 * Bytes of summaries kept while the record is unchanged (the Xi meeting's is 35 KB
	 * with its font subset; a visit's several times that): a render takes about 50 ms of
	 * CPU.
	 */
	static final long KEPT_BYTES = 16L * 1024 * 1024;

	private final WhileRecordUnchanged<String, Pdf> rendered;

	private final String css;

	SummaryPdfs(MeetingPages pages, MeetingRepository meetings, VisitRepository visits, SpringTemplateEngine templates,
			ApplicationContext applicationContext, ConversionService mvcConversionService, PdfRenderer renderer,
			KeptWhileUnchanged kept, Clock clock) throws java.io.IOException {
		this.rendered = kept.rendered("summary-pdfs", KEPT_BYTES, Pdf::weight);
		this.pages = pages;
		this.meetings = meetings;
		this.visits = visits;
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.conversionService = mvcConversionService;
		this.renderer = renderer;
		this.clock = clock;
		this.css = StreamUtils.copyToString(new ClassPathResource("export/summary.css").getInputStream(),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * @throws dev.readout.web.NotFoundException when there is no such meeting
	 */
	public Pdf meeting(long meetingId) {
		return this.rendered.get("meeting-" + meetingId + "-" + language(), () -> renderMeeting(meetingId));
	}

	private Pdf renderMeeting(long meetingId) {
		MeetingPage page = this.pages.load(meetingId);
		Context context = context();
		context.setVariable("page", page);
		return new Pdf(
				fileName(FormText.asWritten(page.meeting().getStart()), page.meeting().getTitle(),
						"meeting-" + meetingId),
				this.renderer.render(this.templates.process("export/meeting-summary", context)));
	}

	/**
	 * Every meeting of a visit, one after the other, each with its own sources.
	 * @throws dev.readout.web.NotFoundException when there is no such visit
	 */
	public Pdf visit(long visitId) {
		return this.rendered.get("visit-" + visitId + "-" + language(), () -> renderVisit(visitId));
	}

	private Pdf renderVisit(long visitId) {
		Visit visit = this.visits.findById(visitId).orElseThrow(() -> new NotFoundException("Visit", visitId));
		List<MeetingPage> pages = this.meetings.findByVisit(visitId)
			.stream()
			.map(meeting -> this.pages.load(meeting.getId()))
			.toList();
		Context context = context();
		context.setVariable("visit", visit);
		context.setVariable("pages", pages);
		String firstDay = pages.isEmpty() ? "" : FormText.asWritten(pages.get(0).meeting().getStart());
		return new Pdf(fileName(firstDay, visit.getTitle(), "visit-" + visitId),
				this.renderer.render(this.templates.process("export/visit-summary", context)));
	}

	/** A summary is kept per language of the interface it was asked for in. */
	private static String language() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	/**
	 * A context per document: an evaluation context holds the expression objects of the
	 * template being processed, so sharing one between threads mixes up their renders.
	 */
	private Context context() {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, this.conversionService));
		context.setVariable("generatedAt", Instant.now(this.clock));
		context.setVariable("css", this.css);
		return context;
	}

	/**
	 * Renders the newest meeting's summary once the application is ready, in the
	 * background, so that the first analyst to ask for a PDF does not wait while the
	 * template, the renderer and the fonts load.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread warmUp = new Thread(() -> {
			long started = System.nanoTime();
			this.meetings.findFirstByOrderByLocalStartDescIdDesc().ifPresent(meeting -> meeting(meeting.getId()));
			log.info("PDF renderer warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
		}, "pdf-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	/**
	 * A file name that says what the file is: 2023-06-19-blinken-xi-jinping-meeting.pdf.
	 */
	static String fileName(String date, String title, String fallback) {
		String slug = Normalizer.normalize(title, Normalizer.Form.NFD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		String name = Stream.of(date, slug.isEmpty() ? fallback : slug)
			.filter(part -> !part.isEmpty())
			.collect(Collectors.joining("-"));
		return name + ".pdf";
	}

	public record Pdf(String fileName, byte[] content) {

		int weight() {
			return this.content.length;
		}

	}

}
