package rdpdoctor.report;

/** The style sheet and the small sorting and filtering script the HTML report embeds. */
final class HtmlAssets {

	static final String CSS = """
			body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
			h1{font-size:22px}h2{font-size:17px;margin-top:28px}
			.meta{color:#666;font-size:13px}
			.cards{display:flex;gap:12px}.card{border-left:6px solid;padding:8px 14px;background:#f6f6f6;min-width:120px}
			.card b{display:block;font-size:26px}
			.charts{display:flex;gap:32px;flex-wrap:wrap}.chart{width:420px;font-size:11px}.chart.wide{width:100%}
			table{border-collapse:collapse;width:100%;font-size:13px}
			th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
			#hosts th{cursor:pointer;background:#eee;position:sticky;top:0}
			.st{color:#fff;border-radius:3px;padding:1px 6px;font-size:11px}
			#filter{width:100%;padding:6px;margin:8px 0;font-size:14px}
			details{border:1px solid #ddd;margin:6px 0;padding:6px}summary{cursor:pointer}
			.finding{margin:6px 0;padding:6px;border-left:4px solid #999}.finding p{margin:4px 0}
			.finding.error{border-color:#c62828}.finding.warning{border-color:#f9a825}.finding.info{border-color:#1565c0}
			table.evidence td:first-child{font-family:monospace;white-space:nowrap}
			""";

	static final String SCRIPT = """
			(function(){
			 var t=document.getElementById('hosts'),b=t.tBodies[0],f=document.getElementById('filter');
			 Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.onclick=function(){
			  var rows=Array.prototype.slice.call(b.rows),asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
			  rows.sort(function(a,c){var x=a.cells[i].textContent,y=c.cells[i].textContent,n=parseFloat(x)-parseFloat(y);
			   return (isNaN(n)?x.localeCompare(y):n)*(asc?1:-1);});
			  rows.forEach(function(r){b.appendChild(r);});};});
			 f.oninput=function(){var q=f.value.toLowerCase();Array.prototype.forEach.call(b.rows,function(r){
			  r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':'';});};
			})();
			""";

	private HtmlAssets() {
	}
}
