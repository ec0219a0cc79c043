# The seeds' pandas cleaning and RFM (seed_peer.py), with pandas' quintile scores: writes the reference
# per-customer table the tests compare against (tests/ShopperSpectrum.Tests/Fixtures/online_retail_rfm_pandas.csv).
# Usage: /usr/bin/python3 bench/peer/pandas_rfm.py ../shared/data/online_retail/online_retail.csv OUT.csv
import sys, time
import pandas as pd
t=time.time()
df = pd.read_csv(sys.argv[1], encoding="latin-1", dtype={"InvoiceNo": str, "StockCode": str})
n0=len(df)
a = df.dropna(subset=["CustomerID"]); n1=len(a)
b = a[~a["InvoiceNo"].astype(str).str.startswith("C")]; n2=len(b)
c = b[b["Quantity"] > 0]; n3=len(c)
d = c[c["UnitPrice"] > 0]; n4=len(d)
e = d.drop_duplicates(); n5=len(e)
print(n0, n0-n1, n1-n2, n2-n3, n3-n4, n4-n5, n5)
e = e.copy(); e["InvoiceDate"]=pd.to_datetime(e["InvoiceDate"]); e["TotalPrice"]=e["Quantity"]*e["UnitPrice"]; e["CustomerID"]=e["CustomerID"].astype(str)
snap = e["InvoiceDate"].max()+pd.Timedelta(days=1)
rfm = e.groupby("CustomerID").agg(Recency=("InvoiceDate", lambda d: (snap-d.max()).days), Frequency=("InvoiceNo","nunique"), Monetary=("TotalPrice","sum"))
rfm["R"]=pd.qcut(rfm["Recency"].rank(method="first"),5,labels=[5,4,3,2,1]).astype(int)
rfm["F"]=pd.qcut(rfm["Frequency"].rank(method="first"),5,labels=[1,2,3,4,5]).astype(int)
rfm["M"]=pd.qcut(rfm["Monetary"].rank(method="first"),5,labels=[1,2,3,4,5]).astype(int)
rfm.to_csv(sys.argv[2], float_format="%.10f")
print(len(rfm), snap, time.time()-t)
