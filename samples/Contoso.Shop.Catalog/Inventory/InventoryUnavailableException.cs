namespace Contoso.Shop.Catalog.Inventory;

/// <summary>The inventory service could not be reached, failed, or did not answer in time.</summary>
public sealed class InventoryUnavailableException : Exception
{
    public InventoryUnavailableException()
    {
    }

    public InventoryUnavailableException(string message) : base(message)
    {
    }

    public InventoryUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
