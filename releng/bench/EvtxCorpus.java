import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.events.CollectedDamage;
import rdpdoctor.events.EvtxReader;

/**
 * For evtx-corpus.sh: reads one .evtx file with RDP Doctor's reader and prints, one per line: {@code records N},
 * {@code damage N}, {@code notes N}, then {@code id RECORD_ID:EVENT_ID} for each event in order, then the damage.
 * Usage: java EvtxCorpus FILE
 */
public class EvtxCorpus {

	public static void main(String[] args) throws Exception {
		List<String> ids = new ArrayList<>();
		CollectedDamage damage = new CollectedDamage();
		try {
			EvtxReader.read(Path.of(args[0]), e -> ids.add(e.recordId() + ":" + e.eventId()), damage, false);
		} catch (Exception e) {
			damage.found(String.valueOf(e));
		}
		System.out.println("records " + ids.size());
		System.out.println("damage " + damage.damage().size());
		System.out.println("notes " + damage.notes().size());
		ids.forEach(id -> System.out.println("id " + id));
		damage.damage().forEach(d -> System.out.println("damaged " + d.replace('\n', ' ')));
	}
}
