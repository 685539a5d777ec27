import json, zipfile, io, sys
CORPUS='/work/shared/corpus/'
FIELDS=["doc","quote","start","end","value","value_min","value_max","qualifier","unit","counted","subject","indicator","breakdown","place","place_code","partner","period_start","period_end","comparison","direction","speaker","parent_quote","parent_start"]
def load(entry):
    src=CORPUS+entry['source']
    if 'member' not in entry:
        return open(src,encoding='utf-8',newline='').read()
    raw=zipfile.ZipFile(src).read(entry['member']).decode('utf-8')
    if 'line' not in entry: return raw
    return json.loads(io.StringIO(raw,newline='').readlines()[entry['line']-1])[entry.get('field','content')]
class Doc:
    def __init__(self, entry):
        self.entry=entry; self.text=load(entry); self.cur=0; self.rows=[]
        self.ctx=dict(subject=None,indicator=None,breakdown=None,place=None,place_code=None,partner=None,period_start=None,period_end=None,comparison=None,direction=None,speaker=None,unit=None,counted=None)
    def set(self, **kw):
        for k,v in kw.items():
            if k=='period':
                self.ctx['period_start'],self.ctx['period_end']=v if v else (None,None)
            else: self.ctx[k]=v
    def at(self, anchor):
        i=self.text.find(anchor,self.cur)
        assert i>=0, ('anchor',anchor)
        self.cur=i
    def f(self, quote, value, q='exact', lo=None, hi=None, optional=False, note=None, parent=None, **kw):
        t=self.text
        i=t.find(quote,self.cur)
        while i>0 and (t[i-1].isalnum() or (t[i-1] in ',.' and i>1 and t[i-2].isdigit()) or (quote[0].isdigit() and t[i-1] in ' \xa0' and i>1 and t[i-2].isdigit())):
            i=t.find(quote,i+1)
        if i<0:
            q2=quote.replace(' ','\xa0'); 
            # try nbsp variants
            import re
            pat=re.escape(quote).replace('\\ ','[ \xa0]')
            m=re.compile(pat).search(t,self.cur)
            assert m, ('quote not found',quote,self.entry['doc'])
            i=m.start(); quote=m.group(0)
        j=i+len(quote); assert t[i:j]==quote
        self.cur=i+1
        c=dict(self.ctx)
        if 'period' in kw:
            p=kw.pop('period'); c['period_start'],c['period_end']=p if p else (None,None)
        c.update(kw)
        value=float(value)
        if q in('exact','approx'): vmin=vmax=value
        elif q in('gt','ge'): vmin,vmax=value,None
        elif q in('lt','le'): vmin,vmax=None,value
        elif q=='range': vmin,vmax=float(lo),float(hi)
        if lo is not None and q!='range': vmin=float(lo)
        if hi is not None and q!='range': vmax=float(hi)
        if q=='le' and lo is None and hi is not None: vmin=None
        row=dict(doc=self.entry['doc'],quote=quote,start=i,end=j,value=value,value_min=vmin,value_max=vmax,qualifier=q)
        for k in ["unit","counted","subject","indicator","breakdown","place","place_code","partner","period_start","period_end","comparison","direction","speaker"]:
            row[k]=c[k]
        if parent:
            pr=[r for r in self.rows if r['quote']==parent]; assert pr,('parent',parent)
            row['parent_quote']=parent; row['parent_start']=pr[-1]['start']
        else: row['parent_quote']=None; row['parent_start']=None
        if optional: row['optional']=True
        if note: row['note']=note
        self.rows.append(row); return row
def Y(y): return (f"{y}-01-01",f"{y}-12-31")
def write(docs, outdir):
    with open(outdir+'/documents.jsonl','w',encoding='utf-8') as fh:
        for d in docs: fh.write(json.dumps(d.entry,ensure_ascii=False)+'\n')
    n=0
    with open(outdir+'/gold.jsonl','w',encoding='utf-8') as fh:
        for d in docs:
            for r in d.rows:
                assert d.text[r['start']:r['end']]==r['quote']
                fh.write(json.dumps(r,ensure_ascii=False)+'\n'); n+=1
    for d in docs:
        print(d.entry['doc'], len(d.rows), sum(1 for r in d.rows if r.get('optional')))
    print('total',n, 'scored', sum(1 for d in docs for r in d.rows if not r.get('optional')))
