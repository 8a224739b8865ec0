namespace Contoso.Shop.Catalog.Inventory;

/// <summary>How many units of a product the inventory service can sell right now.</summary>
public sealed record StockLevel(string Sku, int Available);
