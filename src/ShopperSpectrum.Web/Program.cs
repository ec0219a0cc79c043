using ShopperSpectrum.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSpectrum();

var app = builder.Build();
app.UseSpectrum();
app.Run();
