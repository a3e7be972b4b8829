package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import rdpdoctor.events.LogEvent;

/**
 * The Event viewer's events, held column by column so that a million fit in well under 500 MB: times and IDs as
 * primitive arrays, hosts, channels, providers and texts as indices into dictionaries (logs repeat themselves), and
 * where each event came from (a file and its place there) instead of its XML, which the details pane reads again.
 * Appending is for one thread at a time; reading a snapshot ({@link #size()}) is safe from any thread. Plain Java.
 */
final class EventStore {

	/** Where an event's XML can be read again. */
	record Origin(String file, long place) {
	}

	private final Dictionary hosts = new Dictionary();
	private final Dictionary channels = new Dictionary();
	private final Dictionary providers = new Dictionary();
	private final Dictionary texts = new Dictionary();
	private final Dictionary files = new Dictionary();
	private long[] times = new long[1024];
	private int[] ids = new int[1024];
	private byte[] levels = new byte[1024];
	private int[] hostOf = new int[1024];
	private int[] channelOf = new int[1024];
	private int[] providerOf = new int[1024];
	private int[] textOf = new int[1024];
	private int[] fileOf = new int[1024];
	private long[] placeOf = new long[1024];
	private volatile int size;
	private volatile int[] order = new int[0];

	/**
	 * @param event an event
	 * @param file  the file it was read from (empty when collected from a host)
	 * @param place its place there: its record number (an .evtx record's, a log line's), else its number in the file
	 */
	void add(LogEvent event, String file, long place) {
		append(event.time().toEpochMilli(), event.eventId(), (byte) event.level(), event.host(), event.channel(),
				event.provider(), textOf(event), file, place);
	}

	/**
	 * Events made ready to add in another thread (the .evtx reader's workers): their columns, with dictionaries of
	 * their own that {@link #add(Batch)} maps onto the store's.
	 */
	static final class Batch {
		private final int size;
		private final long[] times;
		private final int[] ids;
		private final byte[] levels;
		private final long[] places;
		private final String file;
		private final Dictionary hosts = new Dictionary();
		private final Dictionary channels = new Dictionary();
		private final Dictionary providers = new Dictionary();
		private final Dictionary texts = new Dictionary();
		private final int[] hostOf;
		private final int[] channelOf;
		private final int[] providerOf;
		private final int[] textOf;

		/**
		 * @param events the events of one chunk
		 * @param file   the file they were read from
		 */
		Batch(List<LogEvent> events, String file) {
			size = events.size();
			this.file = file;
			times = new long[size];
			ids = new int[size];
			levels = new byte[size];
			places = new long[size];
			hostOf = new int[size];
			channelOf = new int[size];
			providerOf = new int[size];
			textOf = new int[size];
			for (int i = 0; i < size; i++) {
				LogEvent e = events.get(i);
				times[i] = e.time().toEpochMilli();
				ids[i] = e.eventId();
				levels[i] = (byte) e.level();
				places[i] = e.recordId();
				hostOf[i] = hosts.index(e.host());
				channelOf[i] = channels.index(e.channel());
				providerOf[i] = providers.index(e.provider());
				textOf[i] = texts.index(textOf(e));
			}
		}
	}

	/** @param batch events made ready in another thread, added in their order */
	void add(Batch batch) {
		int[] host = codes(batch.hosts, hosts);
		int[] channel = codes(batch.channels, channels);
		int[] provider = codes(batch.providers, providers);
		int[] text = codes(batch.texts, texts);
		int file = files.index(batch.file);
		for (int k = 0; k < batch.size; k++) {
			int i = size;
			if (i == times.length) {
				grow();
			}
			times[i] = batch.times[k];
			ids[i] = batch.ids[k];
			levels[i] = batch.levels[k];
			hostOf[i] = host[batch.hostOf[k]];
			channelOf[i] = channel[batch.channelOf[k]];
			providerOf[i] = provider[batch.providerOf[k]];
			textOf[i] = text[batch.textOf[k]];
			fileOf[i] = file;
			placeOf[i] = batch.places[k];
			size = i + 1;
		}
	}

	/** @return for each code of a batch's dictionary, the store's code of the same text */
	private static int[] codes(Dictionary from, Dictionary to) {
		int[] codes = new int[from.texts.size()];
		for (int k = 0; k < codes.length; k++) {
			codes[k] = to.index(from.texts.get(k));
		}
		return codes;
	}

	/** @return the event's message, else its data as NAME=VALUE; ..., on one line */
	private static String textOf(LogEvent event) {
		String text = event.message();
		if (text.isBlank()) {
			StringBuilder data = new StringBuilder();
			for (Map.Entry<String, String> field : event.data().entrySet()) {
				data.append(data.isEmpty() ? "" : "; ").append(field.getKey()).append('=').append(field.getValue());
			}
			text = data.toString();
		}
		return oneLine(text);
	}

	/** The text on one line: runs of white space as one space, none at the ends (no copy when it already is). */
	static String oneLine(String text) {
		int n = text.length();
		boolean clean = n == 0 || !Character.isWhitespace(text.charAt(0))
				&& !Character.isWhitespace(text.charAt(n - 1));
		for (int k = 0; clean && k < n; k++) {
			char c = text.charAt(k);
			clean = !Character.isWhitespace(c) || c == ' ' && !Character.isWhitespace(text.charAt(k + 1));
		}
		if (clean) {
			return text;
		}
		StringBuilder line = new StringBuilder(n);
		boolean pending = false;
		for (int k = 0; k < n; k++) {
			char c = text.charAt(k);
			if (Character.isWhitespace(c)) {
				pending = line.length() > 0;
			} else {
				if (pending) {
					line.append(' ');
				}
				pending = false;
				line.append(c);
			}
		}
		return line.toString();
	}

	private void append(long time, int id, byte level, String host, String channel, String provider, String text,
			String file, long place) {
		int i = size;
		if (i == times.length) {
			grow();
		}
		times[i] = time;
		ids[i] = id;
		levels[i] = level;
		hostOf[i] = hosts.index(host);
		channelOf[i] = channels.index(channel);
		providerOf[i] = providers.index(provider);
		textOf[i] = texts.index(text);
		fileOf[i] = files.index(file);
		placeOf[i] = place;
		size = i + 1;
	}

	private void grow() {
		int n = times.length * 2;
		times = Arrays.copyOf(times, n);
		ids = Arrays.copyOf(ids, n);
		levels = Arrays.copyOf(levels, n);
		hostOf = Arrays.copyOf(hostOf, n);
		channelOf = Arrays.copyOf(channelOf, n);
		providerOf = Arrays.copyOf(providerOf, n);
		textOf = Arrays.copyOf(textOf, n);
		fileOf = Arrays.copyOf(fileOf, n);
		placeOf = Arrays.copyOf(placeOf, n);
	}

	/** @return a store holding the same events, to add to while this one is shown */
	EventStore copy() {
		EventStore copy = new EventStore();
		int n = size;
		for (int i = 0; i < n; i++) {
			copy.append(times[i], ids[i], levels[i], host(i), channel(i), provider(i), text(i), files.text(fileOf[i]),
					placeOf[i]);
		}
		copy.sort();
		return copy;
	}

	/** @param other events added after these, in their order */
	void addAll(EventStore other) {
		int n = other.size;
		for (int i = 0; i < n; i++) {
			append(other.times[i], other.ids[i], other.levels[i], other.host(i), other.channel(i), other.provider(i),
					other.text(i), other.files.text(other.fileOf[i]), other.placeOf[i]);
		}
	}

	/** @return how many events are held */
	int size() {
		return size;
	}

	long time(int i) {
		return times[i];
	}

	int id(int i) {
		return ids[i];
	}

	int level(int i) {
		return levels[i];
	}

	String host(int i) {
		return hosts.text(hostOf[i]);
	}

	String channel(int i) {
		return channels.text(channelOf[i]);
	}

	String provider(int i) {
		return providers.text(providerOf[i]);
	}

	String text(int i) {
		return texts.text(textOf[i]);
	}

	Origin origin(int i) {
		return new Origin(files.text(fileOf[i]), placeOf[i]);
	}

	/** @return the hosts seen, in the order first seen */
	List<String> hosts() {
		return hosts.all();
	}

	/** @return the channels seen */
	List<String> channels() {
		return channels.all();
	}

	/**
	 * Sorts what was added so far, newest first (after a load, before filtering).
	 */
	void sort() {
		int n = size;
		int[] rows = new int[n];
		for (int i = 0; i < n; i++) {
			rows[i] = i;
		}
		mergeSort(rows, new int[n], 0, n);
		order = rows;
	}

	/** A merge sort on indices by time, newest first; stable, and linear on what is already in order. */
	private void mergeSort(int[] rows, int[] buffer, int from, int to) {
		if (to - from < 2) {
			return;
		}
		int mid = (from + to) >>> 1;
		mergeSort(rows, buffer, from, mid);
		mergeSort(rows, buffer, mid, to);
		if (times[rows[mid - 1]] >= times[rows[mid]]) {
			return;
		}
		System.arraycopy(rows, from, buffer, from, to - from);
		int i = from;
		int j = mid;
		int k = from;
		while (i < mid && j < to) {
			rows[k++] = times[buffer[i]] >= times[buffer[j]] ? buffer[i++] : buffer[j++];
		}
		while (i < mid) {
			rows[k++] = buffer[i++];
		}
		while (j < to) {
			rows[k++] = buffer[j++];
		}
	}

	/**
	 * The rows a filter keeps, newest first (as of the last {@link #sort()}).
	 *
	 * @param filter the filter
	 * @return the indices of the events it keeps
	 */
	int[] select(EventFilter filter) {
		int[] sorted = order;
		IntPredicate host = index(hosts, filter.host(), hostOf);
		IntPredicate channel = index(channels, filter.channel(), channelOf);
		boolean[] textMatches = filter.text().isEmpty() ? null : texts.matching(filter.text());
		boolean[] providerMatches = filter.text().isEmpty() ? null : providers.matching(filter.text());
		int[] kept = new int[sorted.length];
		int count = 0;
		for (int i : sorted) {
			if (host.test(i) && channel.test(i) && (filter.level() == 0 || levels[i] == filter.level())
					&& (filter.ids().isEmpty() || filter.ids().contains(ids[i]))
					&& times[i] >= filter.fromMillis() && times[i] <= filter.toMillis()
					&& (textMatches == null || textMatches[textOf[i]] || providerMatches[providerOf[i]])) {
				kept[count++] = i;
			}
		}
		return Arrays.copyOf(kept, count);
	}

	private IntPredicate index(Dictionary dictionary, String wanted, int[] column) {
		if (wanted == null || wanted.isEmpty()) {
			return i -> true;
		}
		int code = dictionary.find(wanted);
		return i -> column[i] == code;
	}

	/** Strings by index and indices by string. */
	private static final class Dictionary {
		private final Map<String, Integer> codes = new HashMap<>();
		private final List<String> texts = new ArrayList<>();

		int index(String text) {
			Integer code = codes.get(text);
			if (code == null) {
				code = texts.size();
				codes.put(text, code);
				texts.add(text);
			}
			return code;
		}

		int find(String text) {
			return codes.getOrDefault(text, -1);
		}

		String text(int code) {
			return texts.get(code);
		}

		List<String> all() {
			return List.copyOf(texts);
		}

		/** @return for each entry, whether it holds the text, ignoring case */
		boolean[] matching(String text) {
			String wanted = text.toLowerCase(Locale.ROOT);
			boolean[] matches = new boolean[texts.size()];
			for (int i = 0; i < matches.length; i++) {
				matches[i] = texts.get(i).toLowerCase(Locale.ROOT).contains(wanted);
			}
			return matches;
		}
	}
}
